package org.dateline.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench report's shape (its figures are measured by running it, never asserted in a test). */
@Tag("slow")
class BenchCommandTest {

    @Test
    void reportsThroughputAndEndsWithTheSummaryLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("one.txt"), "MOSCOW - Russian President Vladimir Putin met Turkish President "
                + "Recep Tayyip Erdogan on Monday. Putin said the talks were useful.\n");
        Files.writeString(dir.resolve("two.txt"), "KABUL - Taliban fighters attacked a police post on Sunday, "
                + "officials said.\n");
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("bench", "--no-baseline", dir.toString());
        } finally {
            System.setOut(saved);
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(code).isZero();
        assertThat(lines.get(0)).startsWith("bench: 2 articles");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("dateline extract:").contains("articles/s")
                .contains("tokens/s").contains("peak heap"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("stages:").contains("quotes").contains("events")
                .contains("sentences parsed"));
        assertThat(lines.get(lines.size() - 1)).matches("bench: [0-9.]+ articles/s, baseline not run");
        assertThat(BenchCommand.countTokens("Iran's talks, in 2019.")).isEqualTo(8);
    }
}
