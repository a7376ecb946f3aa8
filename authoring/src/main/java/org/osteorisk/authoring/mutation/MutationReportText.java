package org.osteorisk.authoring.mutation;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** The report for people: the score, then every surviving mutant in the author's words. */
public final class MutationReportText {

    private MutationReportText() {
    }

    public static void write(MutationReport report, double minScore, PrintWriter out) {
        out.printf("Mutation testing of %s (%s): %d example cases%n", report.displayRoot(), report.ruleSet(),
                report.cases());
        if (report.cases() == 0) {
            out.println("No example cases, so no mutant can be noticed: add CSV files to " + report.displayRoot()
                    + "/scenarios (docs/authoring.md, section 7).");
            return;
        }
        if (!report.failingCases().isEmpty()) {
            out.printf("The example cases must pass on the rules as they are before mutants can be judged; %d fail "
                    + "(run 'rules test'):%n", report.failingCases().size());
            report.failingCases().forEach(c -> out.println("  " + c));
            return;
        }
        for (Map.Entry<MutationKind, long[]> kind : report.byKind().entrySet()) {
            long[] n = kind.getValue();
            out.printf("  %-50s %4d mutants: %4d killed, %3d survived%s%n", kind.getKey().label(), n[0] + n[1] + n[2],
                    n[0], n[1], n[2] == 0 ? "" : ", " + n[2] + " invalid");
        }
        List<MutantOutcome> survivors = report.with(MutantOutcome.Status.SURVIVED);
        if (!survivors.isEmpty()) {
            out.println();
            out.println("Your cases would not notice if");
            survivors.forEach(o -> out.println("  - " + o.mutation().description() + " ("
                    + o.mutation().location(report.displayRoot()) + ")"));
        }
        List<MutantOutcome> invalid = report.with(MutantOutcome.Status.INVALID);
        if (!invalid.isEmpty()) {
            out.println();
            out.println("Mutants that did not load (not counted in the score):");
            invalid.forEach(o -> out.println("  - " + o.mutation().description() + " ("
                    + o.mutation().location(report.displayRoot()) + "): " + o.detail()));
        }
        out.println();
        out.printf("Mutation score: %s %% (%d of %d mutants killed%s), %s %% required; %d s on %d thread(s)%n",
                MutationReport.percent(report.score()), report.count(MutantOutcome.Status.KILLED), report.valid(),
                invalid.isEmpty() ? "" : "; " + invalid.size() + " invalid, not counted",
                MutationReport.percent(minScore), Math.round(report.millis() / 1000.0), report.threads());
    }
}
