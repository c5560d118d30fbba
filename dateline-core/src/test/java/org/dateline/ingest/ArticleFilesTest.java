package org.dateline.ingest;

import org.dateline.testing.Corpus;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    @TempDir
    Path dir;

    private final List<Problem> problems = new ArrayList<>();

    private Path touch(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "Text.");
    }

    @Test
    void walksFoldersSortedSkippingHiddenAndOtherFiles() throws IOException {
        Path b = touch("news/b.txt");
        Path a = touch("news/a.txt");
        Path deep = touch("news/2019/jan/c.txt");
        touch("news/a.json");
        touch("news/README.md");
        touch("news/.draft.txt");
        touch("news/.git/d.txt");
        assertThat(ArticleFiles.list(List.of(dir.resolve("news")), problems::add))
                .containsExactly(deep, a, b);
        assertThat(problems).isEmpty();
    }

    @Test
    void filesAreTakenAsGivenInTheOrderGiven() throws IOException {
        Path z = touch("z.txt");
        Path text = touch("notes.text");
        Path a = touch("in/a.txt");
        assertThat(ArticleFiles.list(List.of(z, text, dir.resolve("in"), a), problems::add))
                .containsExactly(z, text, a);
    }

    @Test
    void missingPathIsAnErrorAndTheRestIsStillListed() throws IOException {
        Path a = touch("a.txt");
        Path missing = dir.resolve("missing");
        assertThat(ArticleFiles.list(List.of(missing, a), problems::add)).containsExactly(a);
        assertThat(problems).containsExactly(Problem.error(missing.toString(), "no such file or folder"));
    }

    @Test
    void sidecarNamedDirectlyIsSkippedWithAWarning() throws IOException {
        Path txt = touch("a.txt");
        Path json = touch("a.json");
        assertThat(ArticleFiles.list(List.of(txt, json), problems::add)).containsExactly(txt);
        assertThat(problems).extracting(Problem::severity).containsExactly(Problem.Severity.WARNING);
        assertThat(problems.get(0).input()).isEqualTo(json.toString());
    }

    @Test
    void folderWithoutArticlesIsAWarning() throws IOException {
        touch("empty/readme.md");
        assertThat(ArticleFiles.list(List.of(dir.resolve("empty")), problems::add)).isEmpty();
        assertThat(problems).extracting(Problem::message).containsExactly("no .txt files in this folder");
    }

    @Test
    void listsTheSharedCorpus() throws IOException {
        List<Path> files = ArticleFiles.list(List.of(Corpus.dir()), problems::add);
        assertThat(files).isNotEmpty().allMatch(p -> p.toString().endsWith(".txt")).isSorted()
                .contains(Corpus.txt("mehr-2019-iran-syria"), Corpus.txt("wikinews-046"));
        assertThat(problems).isEmpty();
    }
}
