package org.dateline.store;

import org.dateline.model.ActorRef;
import org.dateline.model.Article;
import org.dateline.model.Place;
import org.dateline.model.Record;

import java.util.List;

import static org.dateline.store.Fixtures.ref;

/**
 * Three articles about Navalny's poisoning: the Wikinews story, a wire copy of it that
 * adds one event of its own, and an earlier, different story that reports one of the same
 * events.
 */
final class Sample {
    static final ActorRef GERMANY = ref("a1", "Angela Merkel", "DEUGOV");
    static final ActorRef RUSSIA = ref("a2", "Russian government", "RUSGOV");
    static final Place BERLIN = new Place("Berlin", "DEU", 52.52, 13.40, null, null);

    final Article original = Fixtures.corpus("wikinews-062");
    final Article copy = Fixtures.wireCopy(original, "wire-copy", "Other Wire", "Merkel demands answers from Moscow", "BERLIN");
    final Article earlier = Fixtures.corpus("wikinews-061").toBuilder().source("Other News").build();

    Record originalRecord() {
        return recordOf(original, false);
    }

    Record copyRecord() {
        return recordOf(copy, true);
    }

    private static Record recordOf(Article a, boolean extra) {
        var demand = Fixtures.event(a, "demanded an explanation from Russia", "100", 3, -5.0, GERMANY, RUSSIA, "2020-09-02", BERLIN);
        var dismiss = Fixtures.event(a, "dismissed the claim from Berlin", "125", 3, -5.0, RUSSIA, GERMANY, "2020-09-02", null);
        if (!extra) return Fixtures.record(a, demand, dismiss);
        var airlift = Fixtures.event(a, "airlifted from Omsk to Berlin", "073", 2, 7.4, GERMANY, ref("a3", "Alexei Navalny", "RUSOPP"),
                "2020-08", BERLIN);
        return Fixtures.record(a, demand, dismiss, airlift);
    }

    Record earlierRecord() {
        return Fixtures.record(earlier,
                Fixtures.event(earlier, "alleged Navalny was poisoned", "100", 3, -5.0, GERMANY, RUSSIA, "2020-09-02", BERLIN));
    }

    /** Adds the three in the order given by {@code which}: 0 original, 1 copy, 2 earlier story. */
    void add(Store store, int... which) {
        for (int w : which) {
            switch (w) {
                case 0 -> store.add(original, originalRecord());
                case 1 -> store.add(copy, copyRecord());
                default -> store.add(earlier, earlierRecord());
            }
        }
    }

    static List<String> row(String... cells) {
        return List.of(cells);
    }
}
