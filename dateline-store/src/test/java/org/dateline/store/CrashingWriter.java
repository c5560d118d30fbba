package org.dateline.store;

import org.dateline.model.Article;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Run in a child JVM by {@link StoreTest}: adds articles to a store that commits every three,
 * then halts the JVM without closing anything, as {@code kill -9} would.
 */
public final class CrashingWriter {
    private CrashingWriter() {
    }

    public static void main(String[] args) {
        Store store = Store.open(Path.of(args[0]), 3);
        int n = Integer.parseInt(args[1]);
        for (int i = 0; i < n; i++) {
            Article a = StoreTest.numbered(i);
            store.add(a, StoreTest.recordOf(a));
        }
        System.out.println("added " + n);
        System.out.flush();
        Runtime.getRuntime().halt(9);
    }

    static LocalDate day(int i) {
        return LocalDate.of(2020, 1, 1).plusDays(i);
    }
}
