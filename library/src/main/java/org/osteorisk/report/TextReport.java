package org.osteorisk.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;

import org.osteorisk.model.Severity;
import org.osteorisk.model.Suppression;

/**
 * A summary for people at a terminal: counts by code and severity, then the invalid rows with their lines.
 */
public final class TextReport implements ReportWriter {

    private final PrintWriter out;
    private final Spool errors;

    public TextReport(Writer out) throws IOException {
        this.out = new PrintWriter(out);
        this.errors = new Spool("osteorisk-errors");
    }

    @Override
    public boolean showsExplanations() {
        return false;
    }

    @Override
    public void row(RowOutcome outcome) throws IOException {
        if (!outcome.ok()) {
            errors.writer().write("  line " + outcome.line() + (outcome.id() == null ? "" : " (id " + outcome.id() + ")")
                    + ": " + outcome.error() + "\n");
        }
    }

    @Override
    public void finish(BatchSummary s) throws IOException {
        out.println((s.ruleSet() == null ? "osteorisk check of " : "osteorisk assessment of ") + s.source());
        if (s.ruleSet() != null) {
            out.println("Rule set: " + s.ruleSet());
        }
        out.printf("Rows: %,d read, %,d %s, %,d invalid%n", s.rows(), s.good(),
                s.ruleSet() == null ? "good" : "assessed", s.bad());
        for (String warning : s.warnings()) {
            out.println("Warning: " + warning);
        }
        if (s.ruleSet() != null) {
            out.printf("Findings: %,d (critical %,d, warning %,d, info %,d) in %,d profile(s)%n", s.findings(),
                    s.findings(Severity.CRITICAL), s.findings(Severity.WARNING), s.findings(Severity.INFO),
                    s.profilesWithFindings());
            if (s.outOfScope() > 0) {
                out.printf("Out of scope: %,d profile(s) (age under 19, pregnancy or lactation): no findings%n",
                        s.outOfScope());
            }
            out.printf("Plan resolution: %,d finding(s) reworded, %,d withdrawn because a precaution outranks them%n",
                    s.suppressed(Suppression.Resolution.REWORDED), s.suppressed(Suppression.Resolution.WITHDRAWN));
            byCode(s);
            suppressedByCode(s);
        }
        if (s.bad() > 0) {
            out.println();
            out.println("Invalid rows");
            out.flush();
            errors.copyTo(out);
        }
        out.flush();
    }

    private void byCode(BatchSummary s) {
        if (s.byCode().isEmpty()) {
            return;
        }
        out.println();
        out.println("Findings by code");
        out.printf("  %-34s %9s %9s %9s %9s%n", "code", "critical", "warning", "info", "total");
        for (Map.Entry<String, Map<Severity, Long>> e : s.byCode().entrySet()) {
            Map<Severity, Long> c = e.getValue();
            out.printf("  %-34s %,9d %,9d %,9d %,9d%n", e.getKey(), c.getOrDefault(Severity.CRITICAL, 0L),
                    c.getOrDefault(Severity.WARNING, 0L), c.getOrDefault(Severity.INFO, 0L), s.total(e.getKey()));
        }
    }

    private void suppressedByCode(BatchSummary s) {
        if (s.suppressedByCode().isEmpty()) {
            return;
        }
        out.println();
        out.println("Reworded or withdrawn by code");
        out.printf("  %-34s %9s %9s%n", "code", "reworded", "withdrawn");
        for (Map.Entry<String, Map<Suppression.Resolution, Long>> e : s.suppressedByCode().entrySet()) {
            out.printf("  %-34s %,9d %,9d%n", e.getKey(), e.getValue().getOrDefault(Suppression.Resolution.REWORDED, 0L),
                    e.getValue().getOrDefault(Suppression.Resolution.WITHDRAWN, 0L));
        }
    }

    @Override
    public void close() throws IOException {
        errors.close();
        out.flush();
    }
}
