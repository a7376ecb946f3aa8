package org.osteorisk.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where a report goes: standard output, or a file written atomically: the report is written to a temporary file
 * beside the target and renamed over it only when complete, so an interrupted run never leaves a half-written
 * report that looks complete.
 */
final class OutputTarget implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final Writer writer;
    private final Thread cleanup;
    private boolean committed;

    private OutputTarget(Path target, Path temporary, Writer writer) {
        this.target = target;
        this.temporary = temporary;
        this.writer = writer;
        this.cleanup = temporary == null ? null : new Thread(this::discard, "osteorisk-output-cleanup");
        if (cleanup != null) {
            Runtime.getRuntime().addShutdownHook(cleanup);
        }
    }

    static OutputTarget open(Path file, PrintWriter stdout) throws IOException {
        if (file == null) {
            return new OutputTarget(null, null, stdout);
        }
        Path absolute = file.toAbsolutePath();
        // Created like any new file (permissions from the umask), unlike Files.createTempFile, which makes it private.
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid()
                + "-" + System.nanoTime() + ".partial");
        Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8), 1 << 16);
        return new OutputTarget(absolute, temporary, writer);
    }

    Writer writer() {
        return writer;
    }

    /** Renames the complete report into place. */
    void commit() throws IOException {
        writer.flush();
        if (temporary == null) {
            return;
        }
        writer.close();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    private void discard() {
        if (!committed && temporary != null) {
            try {
                writer.close();
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Best effort while shutting down: the temporary file's name says it is partial.
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (temporary == null) {
            writer.flush();
            return;
        }
        discard();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs discard() too.
        }
    }
}
