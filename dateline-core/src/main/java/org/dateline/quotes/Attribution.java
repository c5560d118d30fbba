package org.dateline.quotes;

import org.dateline.nlp.DependencyTree;

/**
 * A speech verb found in a parsed sentence: who (the subject's token, or -1), the verb, and
 * the tokens [contentStart, contentEnd) of what was reported.
 *
 * @param participle a report in a participle clause ("…, warning that …"), weaker evidence
 */
record Attribution(DependencyTree tree, int verb, int speaker, int contentStart, int contentEnd, boolean participle) {

    int sentence() {
        return tree.sentence().index();
    }

    int charStart() {
        return tree.sentence().token(contentStart).start();
    }

    int charEnd() {
        return tree.sentence().token(contentEnd - 1).end();
    }

    int verbStart() {
        return tree.sentence().token(verb).start();
    }

    String verbText() {
        return tree.sentence().token(verb).text();
    }
}
