package org.osteorisk.report;

import java.io.IOException;
import java.io.Writer;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Finding;

/**
 * One CSV row per finding, for spreadsheets; a profile without findings and a bad row get one row each, so every
 * input row appears.
 */
public final class CsvReport implements ReportWriter {

    static final String[] HEADER = {"id", "line", "status", "code", "severity", "domain", "title", "explanation",
            "recommendation", "evidence", "sources", "rule", "not_assessed", "error"};

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
            csv.writeRecord(id, line, outcome.ok() ? "ok" : "error", "", "", "", "", "", "", "", "", "", "",
                    outcome.ok() ? "" : outcome.error());
            return;
        }
        String notAssessed = String.join(";", result.notAssessed());
        if (result.findings().isEmpty()) {
            csv.writeRecord(id, line, "ok", "", "", "", "", "", "", "", "", "", notAssessed, "");
        }
        for (Finding f : result.findings()) {
            csv.writeRecord(id, line, "ok", f.code(), f.severity().key(), f.domain(), f.title(), f.explanation(),
                    f.recommendation(), f.evidence().key(), String.join("; ", f.sources()), f.rule(), notAssessed, "");
        }
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
