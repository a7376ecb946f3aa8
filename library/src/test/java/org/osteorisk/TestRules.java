package org.osteorisk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.osteorisk.engine.Assessor;
import org.osteorisk.engine.RuleSet;

/**
 * The bundled rule set, built once per test JVM (a KieBase takes seconds to build), and copies of it that a test
 * may edit.
 */
public final class TestRules {

    /** The repository's rule set folder; tests run from the project root. */
    public static final Path FOLDER = Path.of("rules");

    private static volatile RuleSet bundled;
    private static volatile Assessor assessor;

    private TestRules() {
    }

    public static synchronized RuleSet bundled() {
        if (bundled == null) {
            bundled = RuleSet.bundled();
        }
        return bundled;
    }

    public static synchronized Assessor assessor() {
        if (assessor == null) {
            assessor = Assessor.create(bundled());
        }
        return assessor;
    }

    /** A copy of the bundled rule set folder in {@code target}, to change and load. */
    public static Path copy(Path into) {
        try (Stream<Path> files = Files.walk(FOLDER)) {
            for (Path source : files.toList()) {
                Path target = into.resolve(FOLDER.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a file of a copied rule set; fails if absent. */
    public static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new AssertionError(file + " does not contain: " + from);
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
