package org.dateline.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/** Finds the article files among the paths a user names. */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /**
     * Every .txt file under the given paths (files as given; folders recursively, sorted by
     * path, hidden files and folders skipped). A path that does not exist → a Problem(ERROR).
     *
     * <p>Paths keep the order given; a file reached twice is listed once. A {@code .json} file
     * named directly is a sidecar, not an article: it is skipped with a warning (this is what
     * {@code dateline corpus/*} would otherwise feed in). A folder with no .txt file and a
     * subfolder that cannot be read or that links back to its parent are warnings.
     *
     * @throws IOException when a folder cannot be walked at all
     */
    public static List<Path> list(List<Path> paths, Consumer<Problem> problems) throws IOException {
        Set<Path> found = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> inFolder = walk(path, problems);
                if (inFolder.isEmpty()) {
                    problems.accept(Problem.warning(path.toString(), "no .txt files in this folder"));
                }
                found.addAll(inFolder);
            } else if (Files.exists(path)) {
                if (extension(path).equals("json")) {
                    problems.accept(Problem.warning(path.toString(), "a .json sidecar, not an article; skipped"));
                } else {
                    found.add(path);
                }
            } else {
                problems.accept(Problem.error(path.toString(), "no such file or folder"));
            }
        }
        return List.copyOf(found);
    }

    private static List<Path> walk(Path root, Consumer<Problem> problems) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        // The folder the user named is walked even if hidden ("." or ".corpus").
                        return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && !isHidden(file) && extension(file).equals("txt")) {
                            files.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        String why = e instanceof FileSystemLoopException ? "links back to a folder above it; skipped"
                                : "cannot be read (" + e.getClass().getSimpleName() + "); skipped";
                        problems.accept(Problem.warning(file.toString(), why));
                        return FileVisitResult.CONTINUE;
                    }
                });
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String extension(Path p) {
        Path name = p.getFileName();
        if (name == null) {
            return "";
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
