package org.osteorisk.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Runs the packaged jar as users do (after {@code mvn package}, in the integration-test phase): the command line
 * and the embedding example. Catches what in-process tests cannot: a shaded jar missing a Drools service file,
 * the bundled rules missing from the jar.
 */
class RunnableJarIT {

    private static final Path JAR = Path.of("target", "osteorisk.jar");

    private record Run(int exitCode, String out, String err) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("jar-out", ".txt");
        Path err = Files.createTempFile("jar-err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    @Test
    void theJarAssessesTheExamples() throws Exception {
        Run run = java("-jar", JAR.toString(), "assess", "examples/profiles.csv");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Rows: 27 read, 27 assessed, 0 invalid"), run.out());
        assertTrue(run.err().contains("osteorisk: 27 row(s)"), run.err());
        assertTrue(!run.err().contains("INFO"), "the command line logs warnings only: " + run.err());
    }

    @Test
    void aReportLostOnAFullDiskIsAFailure() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists() && full.canWrite(), "a system with /dev/full");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "assess", "--format", "jsonl", "examples/profiles.csv")
                .redirectOutput(full).redirectError(ProcessBuilder.Redirect.PIPE).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue(), err);
        assertTrue(err.contains("osteorisk: the report could not be written to standard output"), err);
    }

    @Test
    void theJarValidatesAndTestsTheBundledRules() throws Exception {
        Run validate = java("-jar", JAR.toString(), "rules", "validate");
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        Run test = java("-jar", JAR.toString(), "rules", "test", "--failures-only");
        assertEquals(0, test.exitCode(), test.out() + test.err());
        assertTrue(test.out().contains("0 failed"), test.out());
    }

    @Test
    void theEmbeddingExampleRunsFromTheJar() throws Exception {
        Run run = java("-cp", JAR.toString(), "examples/embedding/EmbeddingExample.java");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Findings for patient-42"), run.out());
        assertTrue(run.out().contains("CALCIUM_PARADOX_RISK"), run.out());
        assertTrue(run.out().contains("CALCIUM_PARADOX_RISK reworded by VITAMIN_K_ANTAGONIST_DIET"), run.out());
        assertTrue(run.out().contains("Source: Institute of Medicine"), run.out());
        assertTrue(run.out().contains("As JSON: {\"id\":\"patient-42\""), run.out());
    }

    @Test
    void versionComesFromTheManifest() throws Exception {
        Run run = java("-jar", JAR.toString(), "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s)osteorisk \\d+\\.\\d+\\.\\d+.*"), run.out());
    }
}
