package org.dateline.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sub-headings that lost their line break when a page was flattened to text:
 * "... the country’s unity. Zarif highlights necessity of regional unity In a separate
 * meeting with Muallem, ...". Edited prose never capitalises a sentence opener such as
 * "In" after a lower-case word, so the space before it ends a heading when the stretch
 * since the last sentence end reads like one: 3–15 words, starting with a capital or a
 * digit, not with a pronoun, no semicolon, quotes and brackets balanced, none of the
 * auxiliaries and relative words headlines drop ("was", "said", "which"), and not ending in
 * a function word ("Church of The Holy ..." keeps its "The").
 */
final class HeadingBreaks {

    /** Closed-class and discourse words that open sentences in news prose. */
    private static final Set<String> STARTERS = Set.of(
            "In", "On", "At", "The", "A", "An", "For", "During", "After", "Before", "Meanwhile", "Elsewhere",
            "Earlier", "Later", "He", "She", "They", "It", "We", "But", "However", "Also", "According", "While",
            "When", "Since", "Despite", "Following", "Under", "With", "This", "That", "These", "Those", "His",
            "Her", "Their", "Its", "Our", "As", "If", "Although", "Though", "Separately", "Moreover",
            "Furthermore", "Additionally", "Besides", "Similarly", "Likewise", "Nevertheless", "Nonetheless",
            "Then", "There", "Here", "Some", "Many", "Several", "Both", "Each", "Another", "Such", "Over",
            "Amid", "Among", "From", "By", "Upon", "Within", "Regarding", "Pointing", "Referring", "Speaking",
            "Addressing", "Elaborating", "Stressing", "Noting", "Touching", "Turning", "Today", "Yesterday");

    private static final Set<String> PRONOUNS = Set.of("He", "She", "It", "They", "We", "I", "You", "There");

    /** Words a headline does not end on: a capitalised word after them belongs to a name. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but",
            "nor", "as", "than", "that", "which", "who", "whom", "whose", "into", "onto", "upon", "about",
            "over", "under", "after", "before", "between", "against", "during", "without", "within", "via",
            "per", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
            "not", "no", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those", "said",
            "says", "called", "named", "titled", "entitled", "dubbed", "like", "including", "toward",
            "towards", "near", "if", "when", "while", "because", "since", "until");

    /**
     * Words of running prose that headlines leave out (auxiliaries, reporting "said", relative
     * pronouns): a stretch holding one is a sentence, not a heading.
     */
    private static final Set<String> PROSE_WORDS = Set.of(
            "was", "were", "had", "would", "could", "should", "might", "said", "told", "did", "been", "being",
            "that", "which", "who", "whom", "whose", "I", "me", "my");

    /** Nouns that take a letter as a label: "type A blood", "Plan A", "Group A teams". */
    private static final Set<String> LETTER_LABELS = Set.of(
            "type", "plan", "class", "category", "vitamin", "grade", "group", "level", "tier", "section", "phase",
            "option", "team", "division", "league", "series", "model", "part", "zone", "area", "line", "route",
            "gate", "terminal", "block", "building", "platform", "unit", "ward", "exhibit", "appendix", "annex",
            "schedule", "list", "chapter", "article", "clause", "paragraph", "figure", "table", "step", "stage",
            "round", "pool", "size", "hepatitis", "influenza", "flu", "strain", "wing", "hall", "pavilion",
            "court", "room", "floor", "track", "lane", "sector", "district", "camp", "company",
            "battery", "squadron", "flight", "formula", "channel", "program", "programme", "version", "variant");

    private static final Pattern GLUE = Pattern.compile(
            "(?<=\\p{Ll}) (?<starter>\\p{Lu}\\p{Ll}*)(?= [\\p{Ll}\\d])");

    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Jr.", "Sr.",
            "No.", "vs.", "Prof.", "Capt.", "Maj.", "Sgt.", "Adm.", "Rev.", "Mt.", "Ft.", "Jan.", "Feb.",
            "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Inc.", "Co.", "Corp.", "Ltd.", "Pres.");

    private static final Pattern CLOSERS = Pattern.compile("[\"”’')\\]]+$");
    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}\\.){2,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 15;

    private HeadingBreaks() {
    }

    static boolean isStarter(String word) {
        return STARTERS.contains(word);
    }

    /** Offsets of the spaces that end a glued heading, within {@code [from, to)}. */
    static List<Integer> find(String text, int from, int to) {
        List<Integer> breaks = new ArrayList<>();
        Matcher m = GLUE.matcher(text);
        m.region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            if (STARTERS.contains(m.group("starter")) && endsHeading(text, from, m.start(), m.group("starter"))) {
                breaks.add(m.start());
            }
        }
        return List.copyOf(breaks);
    }

    /** Whether the words before the space at {@code gap} read like a heading. */
    private static boolean endsHeading(String text, int from, int gap, String starter) {
        int lastStart = wordStart(text, from, gap);
        String last = text.substring(lastStart, gap);
        if (!last.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’')
                || !Character.isLowerCase(last.charAt(0)) || FUNCTION_WORDS.contains(last)) {
            return false;
        }
        if ((starter.equals("A") || starter.equals("An")) && LETTER_LABELS.contains(last)) {
            return false;
        }
        // Walk back word by word to the last sentence end or the start of the line.
        int start = lastStart;
        int words = 1;
        while (true) {
            int p = start;
            while (p > from && isBlank(text.charAt(p - 1))) {
                p--;
            }
            if (p == from || text.charAt(p - 1) == '\n' || text.charAt(p - 1) == '\r') {
                break;
            }
            int ws = wordStart(text, from, p);
            if (endsSentence(text.substring(ws, p))) {
                break;
            }
            start = ws;
            if (++words > MAX_WORDS) {
                return false;
            }
        }
        if (words < MIN_WORDS) {
            return false;
        }
        String stretch = text.substring(start, gap);
        int first = stretch.codePointAt(0);
        String[] tokens = SPACES.split(stretch);
        String firstWord = tokens[0];
        return (Character.isUpperCase(first) || Character.isDigit(first))
                && !PRONOUNS.contains(firstWord)
                && stretch.indexOf(';') < 0
                && balanced(stretch)
                && Arrays.stream(tokens).noneMatch(PROSE_WORDS::contains);
    }

    /** Start of the whitespace-delimited word that ends at {@code end}. */
    private static int wordStart(String text, int from, int end) {
        int s = end;
        while (s > from && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '\u00A0') {
            s--;
        }
        return s;
    }

    private static boolean endsSentence(String word) {
        String w = CLOSERS.matcher(word).replaceAll("");
        if (w.isEmpty()) {
            return false;
        }
        char c = w.charAt(w.length() - 1);
        if (c == '!' || c == '?') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        // "U.S." and "Mr." end abbreviations, not sentences.
        return !ABBREVIATIONS.contains(w) && !INITIALISM.matcher(w).matches();
    }

    private static boolean balanced(String s) {
        int round = 0;
        int curly = 0;
        int straight = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '(' -> round++;
                case ')' -> round--;
                case '“' -> curly++;
                case '”' -> curly--;
                case '"' -> straight++;
                default -> { }
            }
        }
        return round == 0 && curly == 0 && straight % 2 == 0;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }
}
