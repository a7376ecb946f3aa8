package org.osteorisk.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary file that holds part of a report until the summary that goes above it is known, so a report of a
 * million rows never sits in memory.
 */
final class Spool implements AutoCloseable {

    private final Path file;
    private final BufferedWriter writer;

    Spool(String prefix) throws IOException {
        this.file = Files.createTempFile(prefix, ".part");
        file.toFile().deleteOnExit();
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    Writer writer() {
        return writer;
    }

    /** Appends everything spooled to {@code out}. */
    void copyTo(Writer out) throws IOException {
        writer.flush();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
        Files.deleteIfExists(file);
    }
}
