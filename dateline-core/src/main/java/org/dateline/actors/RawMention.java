package org.dateline.actors;

import org.dateline.model.Mention;

/** One mention as found in a sentence, before coreference decides whose it is. */
final class RawMention {

    /** How the text refers to the actor. */
    enum Type {
        /** A person's name. */
        PERSON,
        /** An organisation's name. */
        ORGANISATION,
        /** A country, its capital or government phrase used as an actor. */
        COUNTRY,
        /** A body or collective described by a role noun: "the Iraqi government", "U.S. troops". */
        GROUP,
        /** A definite description of someone named elsewhere: "the Iranian security chief". */
        DESCRIPTION,
        /** he, she, his, her. */
        PRONOUN
    }

    final Type type;
    final SentenceView view;
    final int first;
    final int last;
    final String text;
    /** The dictionary entry that named it, or null. */
    final Entry entry;
    /** What the mention itself and its title say about the code. */
    Coding coding;
    /** For groups and descriptions: the lemma of the head noun ("government", "chief"). */
    String head;
    /** For descriptions: a role of one person rather than a body. */
    boolean personal;
    /** For descriptions: "the South", "the north", half of a divided country named elsewhere. */
    boolean compass;
    /** Set by coreference. */
    Entity entity;

    RawMention(Type type, SentenceView view, int first, int last, Entry entry, Coding coding) {
        this.type = type;
        this.view = view;
        this.first = first;
        this.last = last;
        this.text = view.span(first, last);
        this.entry = entry;
        this.coding = coding == null ? Coding.NONE : coding;
    }

    int start() {
        return view.token(first).start();
    }

    int end() {
        return view.token(last - 1).end();
    }

    int sentence() {
        return view.sentence.index();
    }

    Mention toMention() {
        return new Mention(start(), end(), text);
    }

    @Override
    public String toString() {
        return type + "[" + text + " " + coding.code() + "]";
    }
}
