package org.dateline.actors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one normal form in which dictionary phrases and text are compared. */
final class Phrases {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Phrases() {
    }

    /**
     * Lower case, accents and curly quotes folded, dashes unified, white space collapsed,
     * a leading "the " dropped: "the Côte d’Ivoire" and "Cote d'Ivoire" compare equal.
     */
    static String normalize(CharSequence phrase) {
        String s = phrase.toString();
        boolean plain = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 || Character.isWhitespace(c) && c != ' ') {
                plain = false;
                break;
            }
        }
        if (!plain) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
            s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-')
                    .replace('\u2014', '-').replace('\u00a0', ' ');
            s = SPACES.matcher(s).replaceAll(" ");
        }
        s = s.toLowerCase(Locale.ROOT).trim();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /** True for an acronym-like phrase ("US", "UN", "IAEA") that must match case exactly. */
    static boolean isAcronym(String phrase) {
        int upper = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isUpperCase(c)) upper++;
        }
        return upper >= 2;
    }
}
