package org.osteorisk.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.osteorisk.model.Advice;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Finding;
import org.osteorisk.model.ScopeNotice;
import org.osteorisk.model.Source;
import org.osteorisk.model.Suppression;

/**
 * One CSV row per finding, for spreadsheets; a profile without findings, an out-of-scope profile and a bad row get
 * one row each, so every input row appears. A finding withdrawn by the plan's resolution step gets a row of its own
 * (resolution {@code withdrawn}); a reworded one says so in its row.
 */
public final class CsvReport implements ReportWriter {

    static final String[] HEADER = {"id", "line", "status", "code", "severity", "domain", "title", "explanation",
            "recommendation", "advice", "evidence", "sources", "rule", "resolution", "resolved_by",
            "resolution_reason", "not_assessed", "error"};

    private final SpreadsheetCells csv;

    public CsvReport(Writer out) {
        this.csv = new SpreadsheetCells(CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out));
        csv.writeRecord(HEADER);
    }

    @Override
    public void row(RowOutcome outcome) {
        String id = outcome.id() == null ? "" : outcome.id();
        String line = Long.toString(outcome.line());
        AssessmentResult result = outcome.result();
        if (!outcome.ok() || result == null) {
            csv.writeRecord(id, line, outcome.ok() ? "ok" : "error", "", "", "", "", "", "", "", "", "", "", "", "",
                    "", "", outcome.ok() ? "" : outcome.error());
            return;
        }
        String notAssessed = String.join(";", result.notAssessed());
        ScopeNotice scope = result.scope();
        if (scope != null) {
            csv.writeRecord(id, line, result.status().key(), scope.code(), "", "scope", scope.title(), scope.reason(),
                    scope.recommendation(), "", "", citations(scope.sources()), "", "", "", "", notAssessed, "");
            return;
        }
        if (result.findings().isEmpty() && result.suppressed().isEmpty()) {
            csv.writeRecord(id, line, "ok", "", "", "", "", "", "", "", "", "", "", "", "", "", notAssessed, "");
        }
        for (Finding f : result.findings()) {
            List<Suppression> rewording = suppressionsOf(result, f.code());
            csv.writeRecord(id, line, "ok", f.code(), f.severity().key(), f.domain(), f.title(), f.explanation(),
                    f.recommendation(), advice(f.advice()), f.evidence().key(), citations(f.sources()), f.rule(),
                    rewording.isEmpty() ? "" : Suppression.Resolution.REWORDED.key(), by(rewording),
                    reasons(rewording), notAssessed, "");
        }
        for (Suppression s : result.suppressed()) {
            if (s.resolution() == Suppression.Resolution.WITHDRAWN && !result.has(s.code())) {
                csv.writeRecord(id, line, "ok", s.code(), "", "", "", "", "", "", "", "", "", s.resolution().key(),
                        s.by(), s.reason(), notAssessed, "");
            }
        }
    }

    private static List<Suppression> suppressionsOf(AssessmentResult result, String code) {
        return result.suppressed().stream().filter(s -> s.code().equals(code)).toList();
    }

    private static String advice(List<Advice> advice) {
        return advice.stream().map(Advice::toString).collect(Collectors.joining("; "));
    }

    /** Full citations, separated by " | " since a citation may itself hold semicolons. */
    static String citations(List<Source> sources) {
        return sources.stream().map(Source::citation).collect(Collectors.joining(" | "));
    }

    private static String by(List<Suppression> suppressions) {
        return suppressions.stream().map(Suppression::by).collect(Collectors.joining("; "));
    }

    private static String reasons(List<Suppression> suppressions) {
        return suppressions.stream().map(Suppression::reason).distinct().collect(Collectors.joining("; "));
    }

    @Override
    public void finish(BatchSummary summary) throws IOException {
        csv.flush();
    }

    /** Flushes; the output belongs to the caller, who closes it. */
    @Override
    public void close() throws IOException {
        csv.flush();
    }
}
