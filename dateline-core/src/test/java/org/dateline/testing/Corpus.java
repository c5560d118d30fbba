package org.dateline.testing;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpus, found by walking up from the working folder to the one beside the repository. */
public final class Corpus {

    private Corpus() {
    }

    public static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path corpus = p.resolve("shared").resolve("corpus");
            if (Files.isDirectory(corpus)) {
                return corpus;
            }
        }
        return fail("no shared/corpus folder above " + Path.of("").toAbsolutePath());
    }

    public static Path txt(String id) {
        return dir().resolve(id + ".txt");
    }
}
