package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The adapter over Stanford CoreNLP: tokenize, ssplit, pos, lemma and a 3-class CRF NER
 * without SUTime or fine-grained rules (Dateline finds times and codes entities itself,
 * and the full NER costs five times as much). The neural dependency parser runs only on
 * the sentences a later stage asks for. Thread-safe; build one per JVM ({@link #shared()}).
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {

    private static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private final StanfordCoreNLP pipeline;
    private volatile DependencyParser parser;

    public CoreNlpAnalyzer() {
        this.pipeline = new StanfordCoreNLP(properties(), false);
    }

    private static final class Holder {
        static final CoreNlpAnalyzer INSTANCE = new CoreNlpAnalyzer();
    }

    /** The analyser of this JVM, built on first use (models take 10–20 s to load). */
    public static CoreNlpAnalyzer shared() {
        return Holder.INSTANCE;
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        // A newline ends a sentence: headlines, date lines and glued headings are on lines
        // of their own once ArticleLayout has prepared the text.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.docdate.usePresent", "false");
        return p;
    }

    @Override
    public AnalyzedText analyze(String text) {
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap coreSentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel label : labels) {
                int start = label.beginPosition();
                int end = label.endPosition();
                tokens.add(new Token(tokens.size(), text.substring(start, end), start, end,
                        label.tag(), label.lemma(), label.ner() == null ? "O" : label.ner()));
            }
            sentences.add(new Sentence(sentences.size(), tokens, coreSentence));
        }
        return new AnalyzedText(text, sentences);
    }

    @Override
    public List<Dependency> parse(Sentence sentence) {
        if (!(sentence.handle() instanceof CoreMap coreSentence)) {
            throw new IllegalArgumentException("sentence was not analysed by CoreNLP");
        }
        GrammaticalStructure structure = parser().predict(coreSentence);
        List<Dependency> arcs = new ArrayList<>();
        for (TypedDependency d : structure.typedDependencies()) {
            arcs.add(new Dependency(d.gov().index() - 1, d.dep().index() - 1, d.reln().toString()));
        }
        return arcs;
    }

    private DependencyParser parser() {
        DependencyParser p = parser;
        if (p == null) {
            synchronized (this) {
                p = parser;
                if (p == null) {
                    p = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
                    parser = p;
                }
            }
        }
        return p;
    }
}
