package org.dateline.nlp;

/**
 * One token of an analysed text.
 *
 * @param index position in its sentence, from 0
 * @param text  the characters of the original text, unnormalised
 * @param start offset of the first character in the text
 * @param end   offset after the last character
 * @param pos   Penn Treebank part-of-speech tag
 * @param lemma dictionary form
 * @param ner   named-entity class: PERSON, ORGANIZATION, LOCATION, or "O"
 */
public record Token(int index, String text, int start, int end, String pos, String lemma, String ner) {

    public boolean isEntity() {
        return !"O".equals(ner);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
