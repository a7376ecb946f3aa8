package org.osteorisk.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.osteorisk.engine.Assessor;
import org.osteorisk.engine.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "assess", sortOptions = false,
        description = {"Assess a CSV file of profiles against the rules and report the findings.",
                "Every input row gets one outcome, in input order: its findings, or why the row is invalid."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every row assessed", "1:unexpected failure, or the report could not be written",
                "2:usage error (bad option, unreadable file, unusable --output, rule set that does not load)",
                "3:some rows were invalid (all are reported)"})
final class AssessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BatchOptions batch;

    @Mixin
    RuleSetOption rules;

    @Mixin
    LanguageOptions language;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of standard output.")
    Path output;

    private final InputStream stdin;

    AssessCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws Exception {
        batch.checkFiles(output);
        Assessor assessor = Assessor.create(rules.load());
        Messages messages = language.messages(assessor.ruleSet());
        try (OutputTarget target = OutputTarget.open(output, spec.commandLine().getOut())) {
            return batch.run(assessor, messages, stdin, target, t -> format.open(t.writer()),
                    spec.commandLine().getErr());
        }
    }
}
