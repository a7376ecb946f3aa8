package org.osteorisk.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.NullMarked;

/**
 * The files of a rule set, read from a folder or through a class loader. Reading through the class loader (with
 * {@code getResourceAsStream}) works wherever the library is: a plain jar, a jar nested in a Spring Boot fat jar with
 * either of its loaders, a module path; no file system is opened on a jar.
 */
@NullMarked
public interface RuleSetFiles {

    /** A file by its path inside the rule set: {@code reference/sources.csv}. */
    RuleFile file(String path);

    /** The names of the files directly in a folder of the rule set ({@code messages}), sorted; empty when none. */
    List<String> list(String folder);

    /** A rule set folder on disk; messages name its files {@code display/path}. */
    static RuleSetFiles folder(Path root, String display) {
        return new RuleSetFiles() {
            @Override
            public RuleFile file(String path) {
                Path file = root.resolve(path);
                return new RuleFile(path, display + "/" + path,
                        () -> Files.isRegularFile(file) ? Files.newInputStream(file) : null);
            }

            @Override
            public List<String> list(String folder) {
                Path dir = root.resolve(folder);
                if (!Files.isDirectory(dir)) {
                    return List.of();
                }
                try (Stream<Path> files = Files.list(dir)) {
                    return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + display + "/" + folder, e);
                }
            }
        };
    }

    /**
     * A rule set packaged as class path resources under {@code prefix}, whose files are listed (a class loader cannot
     * list a folder); messages name them {@code display/path}.
     *
     * @param files every file's path inside the rule set
     */
    static RuleSetFiles classPath(ClassLoader loader, String prefix, String display, List<String> files) {
        return new RuleSetFiles() {
            @Override
            public RuleFile file(String path) {
                return new RuleFile(path, display + "/" + path, () -> files.contains(path)
                        ? loader.getResourceAsStream(prefix + "/" + path) : null);
            }

            @Override
            public List<String> list(String folder) {
                return files.stream().filter(f -> f.startsWith(folder + "/") && f.indexOf('/', folder.length() + 1) < 0)
                        .map(f -> f.substring(folder.length() + 1)).sorted().toList();
            }
        };
    }
}
