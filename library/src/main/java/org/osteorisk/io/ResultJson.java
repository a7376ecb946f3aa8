package org.osteorisk.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.jspecify.annotations.NullMarked;
import org.osteorisk.model.Advice;
import org.osteorisk.model.AdviceAction;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.AssessmentStatus;
import org.osteorisk.model.CatalogueEntry;
import org.osteorisk.model.Evidence;
import org.osteorisk.model.Finding;
import org.osteorisk.model.InputWarning;
import org.osteorisk.model.MessageKeys;
import org.osteorisk.model.MessageValue;
import org.osteorisk.model.RuleSetInfo;
import org.osteorisk.model.ScopeNotice;
import org.osteorisk.model.Severity;
import org.osteorisk.model.Source;
import org.osteorisk.model.Suppression;

/**
 * Assessment results as JSON, both ways: the one JSON shape of a result, whether it comes from the library, the
 * command line's jsonl or a Jackson {@code ObjectMapper} (Spring's included: the result types name this class's
 * serialisers, so no module needs registering). Keys are snake_case; severities, evidence, actions and statuses lower
 * case. {@code docs/schema/assessment-result.schema.json} describes it; the tests validate every output against it.
 *
 * <p>The writer uses Jackson's streaming generator (no reflection, little garbage) and ignores an
 * {@code ObjectMapper}'s own settings, so the shape never depends on the app's configuration. The reader is a
 * tolerant reader: it needs every key the schema requires and ignores keys it does not know, so a result written by a
 * later version still reads.
 */
@NullMarked
public final class ResultJson {

    static final JsonFactory FACTORY = new JsonFactory();

    /** A result is far smaller; the limit keeps a hostile document from costing memory. */
    static final int MAX_RESULT_CHARS = 4_000_000;

    private static final ObjectMapper READER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(InputLimits.MAX_JSON_DEPTH)
                            .maxNumberLength(InputLimits.MAX_JSON_NUMBER_CHARS)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ResultJson() {
    }

    /** One result as a JSON object (see the class comment). */
    public static String toJson(AssessmentResult result) {
        StringWriter out = new StringWriter(1024);
        write(result, out);
        return out.toString();
    }

    /** Writes one result as a JSON object to {@code out}, which stays open. */
    public static void write(AssessmentResult result, Writer out) {
        try (JsonGenerator json = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            writeResult(json, result, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a result written by {@link #toJson}.
     *
     * @throws IllegalArgumentException naming the key (as a JSON pointer) that is missing or cannot be read
     */
    public static AssessmentResult read(String json) {
        if (json.length() > MAX_RESULT_CHARS) {
            throw new IllegalArgumentException("not a result: longer than " + InputLimits.count(MAX_RESULT_CHARS)
                    + " characters");
        }
        try {
            return result(READER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON" + at(e));
        }
    }

    /** Reads a result from a UTF-8 stream, as {@link #read(String)} reads the same text. */
    public static AssessmentResult read(InputStream in) throws IOException {
        try {
            return result(READER.readTree(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON" + at(e));
        }
    }

    private static String at(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }

    /**
     * The result's fields inside an object; with {@code line}, the batch row's line number after the id (the jsonl
     * row of the command line).
     */
    static void writeResult(JsonGenerator json, AssessmentResult result, Long line) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", result.profileId());
        if (line != null) {
            json.writeNumberField("line", line);
        }
        json.writeStringField("status", result.status().key());
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
            writeSuppression(json, s);
        }
        json.writeEndArray();
        writeStrings(json, "not_assessed", result.notAssessed());
        writeWarnings(json, result.warnings());
        writeRuleSet(json, result.ruleSet());
        json.writeEndObject();
    }

    static void writeRuleSet(JsonGenerator json, RuleSetInfo ruleSet) throws IOException {
        json.writeFieldName("rule_set");
        writeRuleSetObject(json, ruleSet);
    }

    static void writeRuleSetObject(JsonGenerator json, RuleSetInfo ruleSet) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", ruleSet.name());
        json.writeStringField("version", ruleSet.version());
        json.writeStringField("fingerprint", ruleSet.fingerprint());
        json.writeEndObject();
    }

    static void writeSuppression(JsonGenerator json, Suppression s) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", s.code());
        json.writeStringField("resolution", s.resolution().key());
        json.writeStringField("by", s.by());
        json.writeStringField("reason", s.reason());
        json.writeEndObject();
    }

    static void writeWarnings(JsonGenerator json, List<InputWarning> warnings) throws IOException {
        json.writeArrayFieldStart("warnings");
        for (InputWarning w : warnings) {
            writeWarning(json, w);
        }
        json.writeEndArray();
    }

    static void writeWarning(JsonGenerator json, InputWarning w) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", w.code().key());
        json.writeStringField("field", w.field());
        if (w.index() == null) {
            json.writeNullField("index");
        } else {
            json.writeNumberField("index", w.index());
        }
        json.writeStringField("value_kind", w.valueKind());
        json.writeStringField("message", w.message());
        json.writeEndObject();
    }

    private static void writeScope(JsonGenerator json, ScopeNotice scope) throws IOException {
        json.writeFieldName("scope");
        writeScopeObject(json, scope);
    }

    static void writeScopeObject(JsonGenerator json, ScopeNotice scope) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", scope.code());
        json.writeStringField("title", scope.title());
        json.writeStringField("reason", scope.reason());
        json.writeStringField("recommendation", scope.recommendation());
        writeSources(json, scope.sources());
        writeMessage(json, scope.messageKeys(), scope.values());
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
        writeMessage(json, f.messageKeys(), f.values());
        json.writeEndObject();
    }

    private static void writeMessage(JsonGenerator json, MessageKeys keys, Map<String, MessageValue> values)
            throws IOException {
        json.writeObjectFieldStart("message_keys");
        json.writeStringField("title", keys.title());
        json.writeStringField("explanation", keys.explanation());
        json.writeStringField("recommendation", keys.recommendation());
        json.writeEndObject();
        json.writeObjectFieldStart("values");
        for (Map.Entry<String, MessageValue> e : values.entrySet()) {
            json.writeFieldName(e.getKey());
            MessageValueJson.write(json, e.getValue());
        }
        json.writeEndObject();
    }

    /** A code of a rule set's catalogue. */
    static void writeCatalogueEntry(JsonGenerator json, CatalogueEntry e) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", e.code());
        json.writeStringField("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
        writeStrings(json, "severities", e.severities().stream().map(Severity::key).toList());
        json.writeStringField("evidence", e.evidence().key());
        json.writeStringField("domain", e.domain());
        json.writeStringField("title", e.title());
        writeAdvice(json, "advice", e.advice());
        writeSources(json, e.sources());
        json.writeBooleanField("precaution", e.precaution());
        json.writeEndObject();
    }

    /** An array of advice, each {@code {"action", "target"}}. */
    static void writeAdvice(JsonGenerator json, String name, List<Advice> advice) throws IOException {
        json.writeArrayFieldStart(name);
        for (Advice a : advice) {
            writeAdviceObject(json, a);
        }
        json.writeEndArray();
    }

    static void writeAdviceObject(JsonGenerator json, Advice a) throws IOException {
        json.writeStartObject();
        json.writeStringField("action", a.action().key());
        json.writeStringField("target", a.target());
        json.writeEndObject();
    }

    /** The {@code sources} array: each source with its parts and its {@code citation}, formatted. */
    static void writeSources(JsonGenerator json, List<Source> sources) throws IOException {
        json.writeArrayFieldStart("sources");
        for (Source s : sources) {
            writeSource(json, s);
        }
        json.writeEndArray();
    }

    static void writeSource(JsonGenerator json, Source s) throws IOException {
        json.writeStartObject();
        json.writeStringField("key", s.key());
        json.writeStringField("label", s.label());
        json.writeStringField("citation", s.citation());
        json.writeStringField("authors", s.authors());
        json.writeStringField("title", s.title());
        json.writeStringField("container", s.container());
        json.writeStringField("year", s.year());
        json.writeStringField("identifier", s.identifier());
        json.writeStringField("url", s.url());
        json.writeStringField("kind", s.kind());
        json.writeEndObject();
    }

    /** A number, whole numbers without a fraction ({@code 700}, not {@code 700.0}); -0.0 stays -0.0. */
    static void writeNumber(JsonGenerator json, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15 && (value != 0 || 1 / value > 0)) {
            json.writeNumber((long) value);
        } else {
            json.writeNumber(value);
        }
    }

    /** An array of strings; a field of the object being written, or a value when {@code name} is null. */
    static void writeStrings(JsonGenerator json, String name, List<String> values) throws IOException {
        if (name == null) {
            json.writeStartArray();
        } else {
            json.writeArrayFieldStart(name);
        }
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    // Reading.

    static AssessmentResult result(JsonNode root) {
        JsonTree r = JsonTree.root(root);
        AssessmentStatus status = r.parse("status", s -> AssessmentStatus.valueOf(s.toUpperCase(java.util.Locale.ROOT)));
        JsonTree scopeNode = r.optionalObject("scope");
        ScopeNotice scope = scopeNode == null ? null : scope(scopeNode);
        List<Finding> findings = new ArrayList<>();
        r.array("findings").forEach(f -> findings.add(finding(f)));
        List<Suppression> suppressed = new ArrayList<>();
        r.array("suppressed").forEach(s -> suppressed.add(new Suppression(s.text("code"),
                s.parse("resolution", Suppression.Resolution::parse), s.text("by"), s.text("reason"))));
        List<String> notAssessed = new ArrayList<>();
        r.array("not_assessed").forEach(n -> notAssessed.add(n.asText()));
        List<InputWarning> warnings = new ArrayList<>();
        r.array("warnings").forEach(w -> warnings.add(new InputWarning(w.parse("code", InputWarning.Code::parse),
                w.text("field"), w.optionalInt("index"), w.optionalText("value_kind"), w.text("message"))));
        JsonTree ruleSet = r.object("rule_set");
        return r.build(() -> new AssessmentResult(r.text("id"), status, scope, findings, suppressed, notAssessed,
                warnings, new RuleSetInfo(ruleSet.text("name"), ruleSet.text("version"),
                ruleSet.text("fingerprint"))));
    }

    private static ScopeNotice scope(JsonTree s) {
        return s.build(() -> new ScopeNotice(s.text("code"), s.text("title"), s.text("reason"),
                s.text("recommendation"), sources(s), keys(s), values(s)));
    }

    static Finding finding(JsonTree f) {
        List<Advice> advice = new ArrayList<>();
        f.array("advice").forEach(a -> advice.add(new Advice(a.parse("action", AdviceAction::parse),
                a.text("target"))));
        return f.build(() -> new Finding(f.text("code"), f.parse("severity", Severity::parse),
                f.optionalText("domain"), f.optionalText("title"), f.text("explanation"), f.text("recommendation"),
                advice, sources(f), f.parse("evidence", Evidence::parse), f.optionalText("rule"), keys(f),
                values(f)));
    }

    private static List<Source> sources(JsonTree node) {
        List<Source> sources = new ArrayList<>();
        node.array("sources").forEach(s -> sources.add(s.build(() -> new Source(s.text("key"), s.text("label"),
                s.optionalText("authors"), s.text("title"), s.optionalText("container"), s.optionalText("year"),
                s.optionalText("identifier"), s.optionalText("url"), s.optionalText("kind")))));
        return sources;
    }

    private static MessageKeys keys(JsonTree node) {
        JsonTree keys = node.object("message_keys");
        return keys.build(() -> new MessageKeys(keys.text("title"), keys.text("explanation"),
                keys.text("recommendation")));
    }

    private static Map<String, MessageValue> values(JsonTree node) {
        Map<String, MessageValue> values = new LinkedHashMap<>();
        JsonTree object = node.object("values");
        object.fields().forEach((name, value) -> values.put(name, value.parse(MessageValueJson::read)));
        return values;
    }

    /** Lets any Jackson {@code ObjectMapper} write a result in this shape. */
    public static final class Serializer extends StdSerializer<AssessmentResult> {
        private static final long serialVersionUID = 1L;

        public Serializer() {
            super(AssessmentResult.class);
        }

        @Override
        public void serialize(AssessmentResult value, JsonGenerator json, SerializerProvider provider)
                throws IOException {
            writeResult(json, value, null);
        }
    }

    /** Lets any Jackson {@code ObjectMapper} read a result in this shape. */
    public static final class Deserializer extends StdDeserializer<AssessmentResult> {
        private static final long serialVersionUID = 1L;

        public Deserializer() {
            super(AssessmentResult.class);
        }

        @Override
        public AssessmentResult deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return result(parser.readValueAsTree());
        }
    }

    /** Lets any Jackson {@code ObjectMapper} write a finding in this shape. */
    public static final class FindingSerializer extends StdSerializer<Finding> {
        private static final long serialVersionUID = 1L;

        public FindingSerializer() {
            super(Finding.class);
        }

        @Override
        public void serialize(Finding value, JsonGenerator json, SerializerProvider provider) throws IOException {
            writeFinding(json, value);
        }
    }

    /** Lets any Jackson {@code ObjectMapper} read a finding in this shape. */
    public static final class FindingDeserializer extends StdDeserializer<Finding> {
        private static final long serialVersionUID = 1L;

        public FindingDeserializer() {
            super(Finding.class);
        }

        @Override
        public Finding deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return finding(JsonTree.root(parser.readValueAsTree()));
        }
    }

    /**
     * Lets any Jackson {@code ObjectMapper} write one of the result's parts ({@link Source}, {@link Advice},
     * {@link MessageValue}, {@link ScopeNotice}, {@link Suppression}, {@link InputWarning}, {@link RuleSetInfo}) in
     * the shape it has inside a result, and a rule set's {@link CatalogueEntry}.
     */
    public static final class PartSerializer extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        public PartSerializer() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator json, SerializerProvider provider) throws IOException {
            if (value instanceof Source s) {
                writeSource(json, s);
            } else if (value instanceof Advice a) {
                writeAdviceObject(json, a);
            } else if (value instanceof MessageValue v) {
                MessageValueJson.write(json, v);
            } else if (value instanceof ScopeNotice n) {
                writeScopeObject(json, n);
            } else if (value instanceof Suppression s) {
                writeSuppression(json, s);
            } else if (value instanceof InputWarning w) {
                writeWarning(json, w);
            } else if (value instanceof RuleSetInfo r) {
                writeRuleSetObject(json, r);
            } else if (value instanceof CatalogueEntry e) {
                writeCatalogueEntry(json, e);
            } else {
                throw new IllegalArgumentException("not a part of a result: " + value.getClass().getName());
            }
        }
    }
}
