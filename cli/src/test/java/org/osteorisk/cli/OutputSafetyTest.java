package org.osteorisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.batch.BatchRunner;
import org.osteorisk.io.ProfileCsvReader;
import org.osteorisk.report.JsonLinesReport;
import org.osteorisk.report.ReportWriter;

/** A report that is lost is never a success, and --output replaces only a regular file that is not the input. */
class OutputSafetyTest {

    private static final String EXAMPLES = "examples/profiles.csv";

    @TempDir
    Path dir;

    /** A stream that takes {@code room} bytes, then fails as a full disk does. */
    static final class FullDisk extends FilterOutputStream {
        private long room;

        FullDisk(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            if (room-- <= 0) {
                throw new IOException("No space left on device");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }

    private static CliRun runWithFullStdout(String... args) {
        StringWriter err = new StringWriter();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FullDisk(OutputStream.nullOutputStream(), 10),
                StandardCharsets.UTF_8));
        int code = Cli.execute(args, new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err));
        return new CliRun(code, "", err.toString());
    }

    private List<Path> partialFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList();
        }
    }

    @Test
    void aReportLostOnStandardOutputFailsTheRun() {
        CliRun assess = runWithFullStdout("assess", "--format", "jsonl", EXAMPLES);
        assertEquals(1, assess.exitCode(), assess.err());
        assertTrue(assess.err().contains("osteorisk: the report could not be written to standard output"),
                assess.err());
        assertFalse(assess.err().contains("row(s)"), "no summary for a report that was lost: " + assess.err());
        CliRun check = runWithFullStdout("check", EXAMPLES);
        assertEquals(1, check.exitCode(), check.err());
        CliRun list = runWithFullStdout("rules", "list");
        assertEquals(1, list.exitCode(), list.err());
        assertTrue(list.err().contains("standard output could not be written"), list.err());
    }

    @Test
    void aFullDiskFailsTheRunLeavesTheOldReportAndNoPartialFile() throws IOException {
        Path report = dir.resolve("report.jsonl");
        Files.writeString(report, "previous report");
        IOException e = assertThrows(IOException.class, () -> {
            try (OutputTarget target = OutputTarget.open(report, null, out -> new FullDisk(out, 1000));
                 ProfileCsvReader reader = ProfileCsvReader.open(Path.of(EXAMPLES));
                 ReportWriter writer = new JsonLinesReport(target.writer())) {
                new BatchRunner(null, 1, 4).run(reader, writer);
                target.commit();
            }
        });
        assertInstanceOf(ReportNotWrittenException.class, e);
        assertTrue(e.getMessage().startsWith("the report could not be written to " + report), e.getMessage());
        assertTrue(e.getMessage().endsWith("No space left on device"), e.getMessage());
        assertEquals("previous report", Files.readString(report));
        assertEquals(List.of(), partialFiles(), "the temporary file is removed");
    }

    @Test
    void anOutputFolderIsRefusedBeforeAnyWork() throws IOException {
        CliRun run = CliRun.run("assess", "--output", dir.toString(), EXAMPLES);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--output " + dir + ": is a folder; give a file name"), run.err());
        assertFalse(run.err().contains("row(s)"), "refused before reading: " + run.err());
        assertEquals(List.of(), partialFiles());
        CliRun missing = CliRun.run("assess", "--output", dir.resolve("no/such/folder/r.txt").toString(), EXAMPLES);
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains(": is in a folder that does not exist"), missing.err());
        CliRun sample = CliRun.run("sample", "--count", "3", "--output", dir.toString());
        assertEquals(2, sample.exitCode());
        assertTrue(sample.err().contains("is a folder"), sample.err());
    }

    @Test
    void aDeviceOrAPipeIsNeverReplaced() throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull), "a system with /dev/null");
        CliRun run = CliRun.run("assess", "--output", devNull.toString(), EXAMPLES);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--output /dev/null: exists and is not a regular file"), run.err());
        assertFalse(Files.isRegularFile(devNull));

        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        CliRun toFifo = CliRun.run("assess", "--output", fifo.toString(), EXAMPLES);
        assertEquals(2, toFifo.exitCode(), toFifo.err());
        assertTrue(toFifo.err().contains("exists and is not a regular file"), toFifo.err());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the pipe is still a pipe");
    }

    @Test
    void theInputIsNeverOverwritten() throws IOException {
        Path input = dir.resolve("in.csv");
        Files.copy(Path.of(EXAMPLES), input);
        String before = Files.readString(input);
        for (String spelling : List.of(input.toString(), dir.resolve(".").resolve("in.csv").toString())) {
            CliRun run = CliRun.run("assess", "--output", spelling, input.toString());
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains(": is the input file; write the report to another file"), run.err());
        }
        Path link = dir.resolve("hard-link.csv");
        Files.createLink(link, input);
        assertEquals(2, CliRun.run("assess", "--output", link.toString(), input.toString()).exitCode());
        Path symlink = dir.resolve("symlink.txt");
        Files.createSymbolicLink(symlink, dir.resolve("elsewhere.txt"));
        CliRun viaLink = CliRun.run("assess", "--output", symlink.toString(), input.toString());
        assertEquals(2, viaLink.exitCode());
        assertTrue(viaLink.err().contains("is a symbolic link"), viaLink.err());
        assertEquals(before, Files.readString(input));
    }

    @Test
    void aRegularFileIsStillReplacedAtomically() throws IOException {
        Path report = dir.resolve("r.jsonl");
        Files.writeString(report, "old");
        CliRun run = CliRun.run("assess", "--format", "jsonl", "--output", report.toString(), EXAMPLES);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(27, Files.readAllLines(report).size());
        assertEquals(List.of(), partialFiles());
    }
}
