package org.osteorisk.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;

/**
 * Where a report goes: standard output, or a file written atomically: the report is written to a temporary file
 * beside the target and renamed over it only when complete, so an interrupted run never leaves a half-written
 * report that looks complete. A failed write is never silent: it ends the run with a
 * {@link ReportNotWrittenException}, and the temporary file is always removed.
 */
final class OutputTarget implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final Writer writer;
    private final PrintWriter stdout;
    private final Thread cleanup;
    private boolean committed;

    private OutputTarget(Path target, Path temporary, Writer writer, PrintWriter stdout) {
        this.target = target;
        this.temporary = temporary;
        this.writer = writer;
        this.stdout = stdout;
        this.cleanup = temporary == null ? null : new Thread(this::discard, "osteorisk-output-cleanup");
        if (cleanup != null) {
            Runtime.getRuntime().addShutdownHook(cleanup);
        }
    }

    /**
     * Why a file cannot take a report, or null when it can: checked before any work, so that a run never does all
     * its work and then fails to deliver. Only a regular file (or no file yet) is replaced: replacing a device, a
     * pipe or a link would surprise, and replacing the input would destroy it.
     *
     * @param input the input file, or null when reading standard input
     */
    static String refusal(Path file, Path input) {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return "is a folder; give a file name";
        }
        if (Files.isSymbolicLink(absolute)) {
            return "is a symbolic link; give the path of the file itself";
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return "exists and is not a regular file (a device, a pipe or a socket); only a regular file is replaced";
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return "is in a folder that does not exist";
        }
        if (!Files.isWritable(folder)) {
            return "is in a folder that is not writable";
        }
        if (input != null && Files.exists(absolute) && sameFile(input, absolute)) {
            return "is the input file; write the report to another file";
        }
        return null;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    static OutputTarget open(Path file, PrintWriter stdout) throws IOException {
        return open(file, stdout, UnaryOperator.identity());
    }

    /**
     * @param device wraps the file's stream; tests pass one that fails like a full disk
     */
    static OutputTarget open(Path file, PrintWriter stdout, UnaryOperator<OutputStream> device) throws IOException {
        if (file == null) {
            return new OutputTarget(null, null, stdout, stdout);
        }
        Path absolute = file.toAbsolutePath();
        // Created like any new file (permissions from the umask), unlike Files.createTempFile, which makes it private.
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid()
                + "-" + System.nanoTime() + ".partial");
        OutputStream stream = device.apply(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE));
        Writer writer = new BufferedWriter(new OutputStreamWriter(new ReportStream(stream, file.toString()),
                StandardCharsets.UTF_8), 1 << 16);
        return new OutputTarget(absolute, temporary, writer, null);
    }

    Writer writer() {
        return writer;
    }

    /**
     * Delivers the complete report: renames the file into place, or checks that standard output took all of it.
     *
     * @throws ReportNotWrittenException when any of it was lost
     */
    void commit() throws IOException {
        writer.flush();
        if (temporary == null) {
            // A PrintWriter never throws: it only remembers that a write failed (a full disk, a closed pipe).
            if (stdout.checkError()) {
                throw new ReportNotWrittenException("standard output", "a write failed (a full disk or a closed "
                        + "pipe?)", null);
            }
            return;
        }
        writer.close();
        String refusal = refusal(target, null);
        if (refusal != null) {
            throw new ReportNotWrittenException(target.toString(), "it changed during the run: it " + refusal, null);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Removes the temporary file of a report that was not committed, whatever happened to its writer. */
    private void discard() {
        if (!committed && temporary != null) {
            try {
                writer.close();
            } catch (IOException e) {
                // A full disk fails the last flush too; the file is removed next all the same.
            }
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Best effort: the temporary file's name says it is partial.
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

    /** Turns the file's write failures into {@link ReportNotWrittenException}, whatever wraps them on the way up. */
    private static final class ReportStream extends FilterOutputStream {
        private final String where;

        ReportStream(OutputStream out, String where) {
            super(out);
            this.where = where;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        private IOException failed(IOException e) {
            return e instanceof ReportNotWrittenException ? e : new ReportNotWrittenException(where, e.getMessage(), e);
        }
    }
}
