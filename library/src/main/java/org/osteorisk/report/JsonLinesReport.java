package org.osteorisk.report;

import java.io.IOException;
import java.io.Writer;

import org.osteorisk.io.ResultJsonLines;

/**
 * One JSON object per input row, in input order ({@link ResultJsonLines}): the result's JSON shape with the row's
 * line, or {@code {"id", "line", "status": "error", "error"}} for a bad row. For pipelines.
 */
public final class JsonLinesReport implements ReportWriter {

    private final ResultJsonLines json;

    public JsonLinesReport(Writer out) throws IOException {
        this.json = new ResultJsonLines(out);
    }

    @Override
    public void row(RowOutcome outcome) throws IOException {
        if (outcome.ok() && outcome.result() != null) {
            json.write(outcome.result(), outcome.line());
        } else {
            json.writeNotAssessed(outcome.id(), outcome.line(), outcome.error());
        }
    }

    @Override
    public void finish(BatchSummary summary) throws IOException {
        json.finish();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
