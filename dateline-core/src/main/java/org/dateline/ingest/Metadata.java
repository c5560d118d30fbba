package org.dateline.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Metadata from a sidecar or the command line; null fields are unset. Values are kept as
 * the text gave them: {@code published} is parsed only when the article is built.
 */
public record Metadata(String id, String title, String source, String url, String published,
                       String language, String license) {

    /** Nothing set. */
    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null);

    // A sidecar with text after its object is as broken as one with a syntax error.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** This metadata with every non-null field of {@code other} in place of its own. */
    public Metadata overriddenBy(Metadata other) {
        if (other == null) {
            return this;
        }
        return new Metadata(pick(other.id, id), pick(other.title, title), pick(other.source, source),
                pick(other.url, url), pick(other.published, published), pick(other.language, language),
                pick(other.license, license));
    }

    /**
     * Reads a sidecar object. Unknown keys are ignored; a JSON null or a blank string leaves
     * a field unset; numbers and booleans are taken as their text ({@code "published": 20190108}).
     *
     * @throws InputException naming {@code origin} when the text is not a JSON object, with the
     *                        line and column of a syntax error, or when a field is an array or object
     */
    public static Metadata parseJson(String origin, String json) throws InputException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InputException(origin, "not valid JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new InputException(origin, "not valid JSON: no content");
        }
        if (!root.isObject()) {
            throw new InputException(origin, "not a JSON object but " + kind(root));
        }
        return new Metadata(field(origin, root, "id"), field(origin, root, "title"), field(origin, root, "source"),
                field(origin, root, "url"), field(origin, root, "published"), field(origin, root, "language"),
                field(origin, root, "license"));
    }

    private static String field(String origin, JsonNode root, String name) throws InputException {
        JsonNode v = root.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isContainerNode()) {
            throw new InputException(origin, "field \"" + name + "\" is " + kind(v) + ", not a string");
        }
        String text = v.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static String where(JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return "";
        }
        return " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String kind(JsonNode node) {
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.isTextual() ? "a string" : node.isNumber() ? "a number" : node.isBoolean() ? "a boolean" : "null";
    }

    private static String pick(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
