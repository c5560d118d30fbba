package org.dateline.nlp;

/**
 * One arc of a dependency parse: token {@code dependent} hangs on token {@code governor}
 * (sentence indexes from 0; the root's governor is -1) with a Universal Dependencies
 * relation such as "nsubj", "obj", "obl:with".
 */
public record Dependency(int governor, int dependent, String relation) {
}
