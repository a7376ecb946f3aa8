package org.osteorisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.osteorisk.authoring.mutation.MutationReport;
import org.osteorisk.authoring.mutation.MutationReportJson;
import org.osteorisk.authoring.mutation.MutationReportText;
import org.osteorisk.authoring.mutation.RuleMutations;
import org.osteorisk.engine.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "mutate", mixinStandardHelpOptions = true,
        description = {"Mutation testing of the example cases: make small mistakes in a copy of the rule set, one at a",
                "time (comparisons turned around, reference values and thresholds nudged, age-band edges moved,",
                "severities changed, explanations quoting another number of the same kind), run the cases against",
                "each, and report the score (the share of mistakes some case notices) and every mistake no case",
                "notices, with its file and line. Mutants that do not load are listed apart and not counted."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the score is at least --min-score", "1:unexpected failure",
                "2:usage error, or a rule set that does not load",
                "3:the score is below --min-score, or the cases fail on the rules as they are, or there are none"})
final class RulesMutateCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Rule set folder.")
    Path folder;

    @Option(names = "--min-score", paramLabel = "PERCENT", defaultValue = "0",
            description = "The lowest acceptable score, 0 to 100 (default: ${DEFAULT-VALUE}).")
    double minScore;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Mutants run side by side (default: all cores).")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (minScore < 0 || minScore > 100) {
            spec.commandLine().getErr().println("osteorisk: --min-score must be from 0 to 100");
            return ExitCodes.USAGE;
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            spec.commandLine().getErr().println("osteorisk: --threads must be at least 1");
            return ExitCodes.USAGE;
        }
        RuleSet rules = RuleSets.loadSource(folder);
        MutationReport report = RuleMutations.run(rules, workers);
        if (format == Format.json) {
            MutationReportJson.write(report, minScore, out);
        } else {
            MutationReportText.write(report, minScore, out);
        }
        out.flush();
        return report.meets(minScore) ? ExitCodes.OK : ExitCodes.INVALID;
    }
}
