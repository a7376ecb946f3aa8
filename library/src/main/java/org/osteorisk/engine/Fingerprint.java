package org.osteorisk.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A short SHA-256 over a rule set's files, so a result can be traced to the exact rules behind it. */
final class Fingerprint {

    private static final int HEX_DIGITS = 12;

    private Fingerprint() {
    }

    /** Hashes every file's relative path and bytes, in path order, leaving out the folder {@code skip}. */
    static String of(Path root, String skip) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(f -> !root.relativize(f).toString().replace('\\', '/').startsWith(skip + "/"))
                    .sorted((a, b) -> root.relativize(a).toString().compareTo(root.relativize(b).toString()))
                    .toList();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, HEX_DIGITS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule set to fingerprint it", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
