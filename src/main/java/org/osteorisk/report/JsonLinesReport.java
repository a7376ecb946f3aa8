package org.osteorisk.report;

import java.io.IOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import org.osteorisk.io.ResultJson;
import org.osteorisk.model.AssessmentResult;

/**
 * One JSON object per input row, in input order: {@code {"id", "line", "status", "error", "scope", "findings",
 * "suppressed", "not_assessed", "warnings", "rule_set"}}, status {@code ok}, {@code out_of_scope} or {@code error}.
 * For pipelines.
 */
public final class JsonLinesReport implements ReportWriter {

    private final JsonGenerator json;

    public JsonLinesReport(Writer out) throws IOException {
        // The output belongs to the caller: closing the report must not close it.
        this.json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out);
        json.setRootValueSeparator(new SerializedString("\n"));
    }

    @Override
    public void row(RowOutcome outcome) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", outcome.id());
        json.writeNumberField("line", outcome.line());
        AssessmentResult result = outcome.result();
        json.writeStringField("status", !outcome.ok() ? "error" : result == null ? "ok" : result.status().key());
        if (!outcome.ok()) {
            json.writeStringField("error", outcome.error());
        }
        if (result != null) {
            ResultJson.writeBody(json, result);
            json.writeStringField("rule_set", result.ruleSet().name() + "/" + result.ruleSet().version() + "/"
                    + result.ruleSet().fingerprint());
        } else {
            json.writeArrayFieldStart("findings");
            json.writeEndArray();
            json.writeArrayFieldStart("suppressed");
            json.writeEndArray();
            json.writeArrayFieldStart("not_assessed");
            json.writeEndArray();
            json.writeArrayFieldStart("warnings");
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    @Override
    public void finish(BatchSummary summary) throws IOException {
        json.writeRaw('\n');
        json.flush();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
