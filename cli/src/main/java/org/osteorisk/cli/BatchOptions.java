package org.osteorisk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osteorisk.batch.BatchRunner;
import org.osteorisk.engine.Assessor;
import org.osteorisk.engine.Messages;
import org.osteorisk.io.ProfileCsvReader;
import org.osteorisk.report.BatchSummary;
import org.osteorisk.report.ReportWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The input, threading and progress options shared by {@code assess} and {@code check}, and the run itself. */
final class BatchOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Parameters(index = "0", paramLabel = "FILE|-",
            description = "Profile CSV (see docs/profile-csv.md); - reads standard input.")
    String input;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads (default: all ${sys:osteorisk.cores} cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on standard error (default: only when it is a terminal).")
    Boolean progress;

    @Option(names = "--chunk", hidden = true, paramLabel = "ROWS", description = "Rows per worker task.")
    int chunk = BatchRunner.DEFAULT_CHUNK;

    /** The input file, or null when reading standard input. */
    Path inputFile() {
        return "-".equals(input) ? null : Path.of(input);
    }

    /**
     * Checks the input and the output before any work, so that a run never fails at the end for a reason it could
     * have known at the start.
     *
     * @param output the report file, or null for standard output
     * @throws ParameterException naming the option and the problem (exit code 2)
     */
    void checkFiles(Path output) {
        Path in = inputFile();
        if (in != null && Files.isDirectory(in)) {
            throw new ParameterException(command.commandLine(), "FILE " + input + ": is a folder; give a profile CSV");
        }
        if (output != null) {
            String refusal = OutputTarget.refusal(output, in);
            if (refusal != null) {
                throw new ParameterException(command.commandLine(), "--output " + output + ": " + refusal);
            }
        }
    }

    /**
     * Runs the pipeline over the input and writes the report; prints the summary line on standard error.
     *
     * @param assessor the rules, or null to read and validate only
     * @param messages the language of the report's finding texts, or null for the rule set's own
     * @return the exit code: 0 when every row was good, 3 when some were invalid
     */
    int run(Assessor assessor, Messages messages, InputStream stdin, OutputTarget output, ReportFormatFactory format,
            PrintWriter err) throws IOException, InterruptedException {
        if (threads < 1) {
            throw new ParameterException(command.commandLine(), "--threads must be at least 1");
        }
        checkFiles(null);
        boolean fromStdin = "-".equals(input);
        long size = fromStdin ? 0 : Files.size(Path.of(input));
        CountingInputStream in = new CountingInputStream(fromStdin ? stdin : Files.newInputStream(Path.of(input)));
        BatchRunner runner = new BatchRunner(assessor, messages, threads, chunk);
        BatchSummary summary;
        ProgressBar bar = showProgress() ? new ProgressBar(err, runner::rowsDone, in::count, size) : null;
        try (ProfileCsvReader reader = ProfileCsvReader.open(in, fromStdin ? "<stdin>" : input);
             ReportWriter report = format.open(output)) {
            summary = runner.run(reader, report);
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        output.commit();
        err.println(summary.line());
        err.flush();
        return summary.bad() == 0 ? ExitCodes.OK : ExitCodes.INVALID;
    }

    private boolean showProgress() {
        return progress != null ? progress : ProgressBar.stderrIsTerminal();
    }

    /** Opens the report writer on the output. */
    interface ReportFormatFactory {
        ReportWriter open(OutputTarget output) throws IOException;
    }
}
