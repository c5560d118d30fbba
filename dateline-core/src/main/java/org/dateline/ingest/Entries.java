package org.dateline.ingest;

import java.io.Closeable;
import java.io.IOException;

/**
 * The articles of one input file, taken one at a time on the calling thread. Whatever is
 * passed over or broken on the way is counted and reported by the implementation.
 */
interface Entries extends Closeable {

    /** The next article to read, or null when the file has no more. */
    Source next();

    @Override
    default void close() throws IOException {
    }

    /** A file that is one article. */
    static Entries single(Source source) {
        return new Entries() {
            private boolean given;

            @Override
            public Source next() {
                if (given) {
                    return null;
                }
                given = true;
                return source;
            }
        };
    }
}
