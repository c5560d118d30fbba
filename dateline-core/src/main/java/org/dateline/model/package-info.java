/**
 * The record model: what Dateline reads ({@link org.dateline.model.Article}) and what it
 * writes ({@link org.dateline.model.Record}). Every class here is immutable; offsets are
 * UTF-16 code-unit offsets into {@link org.dateline.model.Article#text()}, end exclusive.
 */
package org.dateline.model;
