package org.dateline.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Properties;

/**
 * Stock CoreNLP with coreference and quote attribution, as a user would run it for the
 * same job: the baseline that {@code dateline bench} measures Dateline against.
 * Thread-safe; loading takes a minute.
 */
public final class BaselinePipeline {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final StanfordCoreNLP pipeline;

    public BaselinePipeline() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        p.setProperty("tokenize.language", "en");
        this.pipeline = new StanfordCoreNLP(p, false);
    }

    /** Annotates one text with every annotator; the result is dropped, only the work counts. */
    public void annotate(String text) {
        pipeline.annotate(new Annotation(text));
    }
}
