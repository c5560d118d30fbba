package org.dateline.ingest;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpus, found by walking up from the working folder to the one beside the repository. */
final class Corpus {

    private Corpus() {
    }

    static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path corpus = p.resolve("shared").resolve("corpus");
            if (Files.isDirectory(corpus)) {
                return corpus;
            }
        }
        return fail("no shared/corpus folder above " + Path.of("").toAbsolutePath());
    }

    static Path txt(String id) {
        return dir().resolve(id + ".txt");
    }
}
