package org.dateline.events;

import java.util.List;

/**
 * One line of the event dictionary: a predicate (verb or event noun), the objects it needs
 * to mean this event (empty: any), and where its target is ("obj", "iobj", a preposition,
 * or "none"), in the order to try.
 */
record EventPattern(String code, String head, boolean verb, List<String> objects, List<String> targets) {

    boolean needsObject() {
        return !objects.isEmpty();
    }

    /** Length in words of the longest object entry: a longer entry is more specific. */
    int specificity() {
        return objects.stream().mapToInt(o -> o.split(" ").length).max().orElse(0);
    }
}
