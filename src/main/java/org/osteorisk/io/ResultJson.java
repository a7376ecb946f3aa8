package org.osteorisk.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Finding;

/**
 * Writes results as JSON with Jackson's streaming generator (no reflection, little garbage): snake_case keys,
 * severities and evidence in lower case.
 */
public final class ResultJson {

    static final JsonFactory FACTORY = new JsonFactory();

    private ResultJson() {
    }

    /**
     * One result as a JSON object: {@code {"id", "findings": [...], "not_assessed", "warnings", "rule_set"}}.
     */
    public static String toJson(AssessmentResult result) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("id", result.profileId());
            writeBody(json, result);
            json.writeObjectFieldStart("rule_set");
            json.writeStringField("name", result.ruleSet().name());
            json.writeStringField("version", result.ruleSet().version());
            json.writeStringField("fingerprint", result.ruleSet().fingerprint());
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The findings, not_assessed and warnings fields of a result, inside an object being written. */
    public static void writeBody(JsonGenerator json, AssessmentResult result) throws IOException {
        json.writeArrayFieldStart("findings");
        for (Finding finding : result.findings()) {
            writeFinding(json, finding);
        }
        json.writeEndArray();
        writeStrings(json, "not_assessed", result.notAssessed());
        writeStrings(json, "warnings", result.warnings());
    }

    static void writeFinding(JsonGenerator json, Finding f) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", f.code());
        json.writeStringField("severity", f.severity().key());
        json.writeStringField("domain", f.domain());
        json.writeStringField("title", f.title());
        json.writeStringField("explanation", f.explanation());
        json.writeStringField("recommendation", f.recommendation());
        writeStrings(json, "sources", f.sources());
        json.writeStringField("evidence", f.evidence().key());
        json.writeStringField("rule", f.rule());
        json.writeEndObject();
    }

    static void writeStrings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
