/**
 * Linguistic analysis behind one adapter. {@link org.dateline.nlp.CoreNlpAnalyzer} is the
 * only class in Dateline that imports CoreNLP; everything else sees
 * {@link org.dateline.nlp.AnalyzedText}, {@link org.dateline.nlp.Sentence} and
 * {@link org.dateline.nlp.Token}, whose offsets point into the text that was analysed.
 */
package org.dateline.nlp;
