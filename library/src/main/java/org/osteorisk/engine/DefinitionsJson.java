package org.osteorisk.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.osteorisk.model.Evidence;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Severity;
import org.osteorisk.model.Source;
import org.osteorisk.reference.ProblemList;
import org.osteorisk.reference.ReferenceData;

/**
 * What each bundled rule reports, written at build time from the checked rule files and read at run time, so that
 * loading the bundled rules parses no DRL: the metadata as the rules wrote it (texts, advice, source keys), which is
 * compiled against the reference data again when read, exactly as from a rule file.
 */
final class DefinitionsJson {

    static final String RESOURCE = "definitions.json";
    private static final JsonFactory FACTORY = new JsonFactory();

    private DefinitionsJson() {
    }

    static void write(List<FindingDefinition> definitions, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (FindingDefinition d : definitions) {
                json.writeStartObject();
                json.writeStringField("code", d.code());
                json.writeStringField("severity", d.severity() == null ? null : d.severity().key());
                json.writeStringField("evidence", d.evidence().key());
                json.writeStringField("domain", d.domain());
                json.writeStringField("title", d.title());
                json.writeStringField("explanation", d.explanation().source());
                json.writeStringField("recommendation", d.recommendation().source());
                json.writeStringField("advice", items(d.advice()));
                json.writeStringField("cautious_recommendation", d.hasCautiousForm()
                        ? d.cautiousRecommendation().source() : null);
                json.writeStringField("cautious_advice", d.hasCautiousForm() ? items(d.cautiousAdvice()) : null);
                json.writeStringField("sources", d.sources().stream().map(Source::key)
                        .collect(Collectors.joining("; ")));
                json.writeStringField("when", d.when());
                json.writeBooleanField("exclusive", d.exclusive());
                json.writeStringField("rule", d.rule());
                json.writeStringField("file", d.file());
                json.writeNumberField("line", d.line());
                json.writeStringField("conditions", d.conditions());
                json.writeArrayFieldStart("thresholds");
                for (String t : d.thresholds()) {
                    json.writeString(t);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("nutrients");
                for (Nutrient n : d.nutrients()) {
                    json.writeString(n.name());
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }

    private static String items(List<AdviceItem> items) {
        return items.isEmpty() ? "none" : items.stream().map(AdviceItem::toString).collect(Collectors.joining("; "));
    }

    /**
     * The definitions, compiled against {@code reference}; a problem (the file does not match the reference data it
     * was built with) is added to {@code problems}.
     */
    static List<FindingDefinition> read(InputStream in, String display, ReferenceData reference,
                                        ProblemList problems) throws IOException {
        List<FindingDefinition> definitions = new ArrayList<>();
        java.util.function.Function<String, Variable> variables = RuleMetadata.variables(reference);
        // The streaming parser, not a tree mapper: this runs at every start, and a mapper costs its start-up time.
        try (JsonParser json = FACTORY.createParser(in)) {
            expect(json.nextToken(), JsonToken.START_ARRAY);
            while (json.nextToken() == JsonToken.START_OBJECT) {
                Map<String, Object> d = object(json);
                try {
                    definitions.add(definition(d, variables, reference));
                } catch (IllegalArgumentException | ClassCastException e) {
                    problems.add(display, 0, 0, "rule \"" + d.get("rule") + "\": " + e.getMessage());
                }
            }
        }
        return definitions;
    }

    @SuppressWarnings("unchecked")
    private static FindingDefinition definition(Map<String, Object> d,
                                                java.util.function.Function<String, Variable> variables,
                                                ReferenceData reference) {
        String cautious = (String) d.get("cautious_recommendation");
        Set<Nutrient> nutrients = EnumSet.noneOf(Nutrient.class);
        ((List<String>) d.get("nutrients")).forEach(n -> nutrients.add(Nutrient.valueOf(n)));
        String severity = (String) d.get("severity");
        return new FindingDefinition((String) d.get("code"), severity == null ? null : Severity.parse(severity),
                Evidence.parse((String) d.get("evidence")), (String) d.get("domain"), (String) d.get("title"),
                Template.compile((String) d.get("explanation"), variables, false),
                Template.compile((String) d.get("recommendation"), variables, false),
                AdviceItem.parseList((String) d.get("advice")),
                cautious == null ? null : Template.compile(cautious, variables, true),
                cautious == null ? List.of() : AdviceItem.parseList((String) d.get("cautious_advice")),
                reference.sources().resolve((String) d.get("sources")), (String) d.get("when"),
                (Boolean) d.get("exclusive"), (String) d.get("rule"), (String) d.get("file"),
                ((Number) d.get("line")).intValue(), (String) d.get("conditions"),
                List.copyOf((List<String>) d.get("thresholds")), nutrients, null, null);
    }

    /** An object of strings, booleans, numbers, nulls and arrays of strings, as {@link #write} writes it. */
    private static Map<String, Object> object(JsonParser json) throws IOException {
        Map<String, Object> fields = new HashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken token = json.nextToken();
            if (token == JsonToken.START_ARRAY) {
                List<String> items = new ArrayList<>();
                while (json.nextToken() == JsonToken.VALUE_STRING) {
                    items.add(json.getText());
                }
                fields.put(name, items);
            } else if (token == JsonToken.VALUE_STRING) {
                fields.put(name, json.getText());
            } else if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                fields.put(name, json.getBooleanValue());
            } else if (token == JsonToken.VALUE_NUMBER_INT) {
                fields.put(name, json.getIntValue());
            } else {
                expect(token, JsonToken.VALUE_NULL);
            }
        }
        return fields;
    }

    private static void expect(JsonToken token, JsonToken expected) throws IOException {
        if (token != expected) {
            throw new IOException("not the definitions the build wrote: " + token + " where " + expected + " was due");
        }
    }
}
