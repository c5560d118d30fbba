package org.dateline.quotes;

/**
 * Text between quotation marks: {@code start}/{@code end} hold the words without the marks;
 * {@code open}/{@code close} are the offsets of the marks themselves ({@code close} is -1
 * for a paragraph of a multi-paragraph quote that the writer leaves open).
 */
public record QuotedSpan(int open, int start, int end, int close) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
