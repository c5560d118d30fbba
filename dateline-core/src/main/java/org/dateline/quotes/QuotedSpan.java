package org.dateline.quotes;

/**
 * Text between quotation marks: {@code start}/{@code end} hold the words without the marks;
 * {@code open}/{@code close} are the offsets of the marks themselves ({@code close} is -1
 * for a paragraph of a quote that runs on into the next paragraph). The paragraphs of one
 * quotation share its {@code quotation} number.
 */
public record QuotedSpan(int open, int start, int end, int close, int quotation) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
