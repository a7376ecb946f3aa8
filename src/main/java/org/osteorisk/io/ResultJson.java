package org.osteorisk.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.osteorisk.model.Advice;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Finding;
import org.osteorisk.model.ScopeNotice;
import org.osteorisk.model.Source;
import org.osteorisk.model.Suppression;

/**
 * Writes results as JSON with Jackson's streaming generator (no reflection, little garbage): snake_case keys,
 * severities, evidence, actions and statuses in lower case.
 */
public final class ResultJson {

    static final JsonFactory FACTORY = new JsonFactory();

    private ResultJson() {
    }

    /**
     * One result as a JSON object: {@code {"id", "status", "scope", "findings": [...], "suppressed": [...],
     * "not_assessed", "warnings", "rule_set"}}; {@code scope} only when the status is {@code out_of_scope}.
     */
    public static String toJson(AssessmentResult result) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("id", result.profileId());
            json.writeStringField("status", result.status().key());
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

    /** The scope, findings, suppressed, not_assessed and warnings fields of a result, inside an object being written. */
    public static void writeBody(JsonGenerator json, AssessmentResult result) throws IOException {
        if (result.scope() != null) {
            writeScope(json, result.scope());
        }
        json.writeArrayFieldStart("findings");
        for (Finding finding : result.findings()) {
            writeFinding(json, finding);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("suppressed");
        for (Suppression s : result.suppressed()) {
            json.writeStartObject();
            json.writeStringField("code", s.code());
            json.writeStringField("resolution", s.resolution().key());
            json.writeStringField("by", s.by());
            json.writeStringField("reason", s.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        writeStrings(json, "not_assessed", result.notAssessed());
        writeStrings(json, "warnings", result.warnings());
    }

    private static void writeScope(JsonGenerator json, ScopeNotice scope) throws IOException {
        json.writeObjectFieldStart("scope");
        json.writeStringField("code", scope.code());
        json.writeStringField("title", scope.title());
        json.writeStringField("reason", scope.reason());
        json.writeStringField("recommendation", scope.recommendation());
        writeSources(json, scope.sources());
        json.writeEndObject();
    }

    static void writeFinding(JsonGenerator json, Finding f) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", f.code());
        json.writeStringField("severity", f.severity().key());
        json.writeStringField("domain", f.domain());
        json.writeStringField("title", f.title());
        json.writeStringField("explanation", f.explanation());
        json.writeStringField("recommendation", f.recommendation());
        writeAdvice(json, "advice", f.advice());
        writeSources(json, f.sources());
        json.writeStringField("evidence", f.evidence().key());
        json.writeStringField("rule", f.rule());
        json.writeEndObject();
    }

    /** An array of advice, each {@code {"action", "target"}}. */
    public static void writeAdvice(JsonGenerator json, String name, List<Advice> advice) throws IOException {
        json.writeArrayFieldStart(name);
        for (Advice a : advice) {
            json.writeStartObject();
            json.writeStringField("action", a.action().key());
            json.writeStringField("target", a.target());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The {@code sources} array: each source as {@code {"key", "citation", "url", "kind"}}. */
    public static void writeSources(JsonGenerator json, List<Source> sources) throws IOException {
        json.writeArrayFieldStart("sources");
        for (Source s : sources) {
            json.writeStartObject();
            json.writeStringField("key", s.key());
            json.writeStringField("citation", s.citation());
            json.writeStringField("url", s.url());
            json.writeStringField("kind", s.kind());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void writeStrings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
