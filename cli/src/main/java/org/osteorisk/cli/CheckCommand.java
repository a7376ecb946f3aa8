package org.osteorisk.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;

import org.osteorisk.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", sortOptions = false,
        description = {"Read and validate a profile CSV without running the rules.",
                "Reports the same row errors as assess, and a count of good and bad rows: run it before a long batch."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every row is good", "1:unexpected failure, or the report could not be written",
                "2:usage error or unreadable file",
                "3:some rows are invalid (all are listed)"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BatchOptions batch;

    private final InputStream stdin;

    CheckCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws Exception {
        try (OutputTarget target = OutputTarget.open(null, spec.commandLine().getOut())) {
            return batch.run(null, null, stdin, target, t -> new TextReport(t.writer()), spec.commandLine().getErr());
        }
    }
}
