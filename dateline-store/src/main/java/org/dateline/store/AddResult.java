package org.dateline.store;

/**
 * What {@link Store#add} did with an article.
 *
 * @param status      added, already stored (same id, URL, source and text), or added as a near-duplicate
 * @param hash        the article's {@link ContentHash}
 * @param duplicateOf for a near-duplicate, the id of the first stored copy; else null
 * @param similarity  for a near-duplicate, the estimated Jaccard similarity with it; else 0
 */
public record AddResult(Status status, String hash, String duplicateOf, double similarity) {

    /** The three ways an add can end. */
    public enum Status { ADDED, ALREADY_STORED, NEAR_DUPLICATE }

    static AddResult added(String hash) {
        return new AddResult(Status.ADDED, hash, null, 0);
    }

    static AddResult alreadyStored(String hash) {
        return new AddResult(Status.ALREADY_STORED, hash, null, 0);
    }

    static AddResult nearDuplicate(String hash, String firstId, double similarity) {
        return new AddResult(Status.NEAR_DUPLICATE, hash, firstId, similarity);
    }
}
