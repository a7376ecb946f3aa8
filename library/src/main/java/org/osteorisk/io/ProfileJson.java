package org.osteorisk.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.jspecify.annotations.NullMarked;
import org.osteorisk.model.DoseUnit;
import org.osteorisk.model.Frequency;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
import org.osteorisk.model.ProfileValidationException.Problem;
import org.osteorisk.model.ProfileValidationException;
import org.osteorisk.model.Supplement;

/**
 * Reads a profile from JSON, for apps that speak JSON. The keys are the CSV column names and the values the same,
 * typed: {@code {"id": "p1", "age": 63, "sex": "female", "calcium_mg": 700, "smoker": false,
 * "supplements": ["calcium:carbonate 600mg/day", {"nutrient": "vitamin_d", "amount": 1000, "unit": "IU"}],
 * "medications": ["omeprazole"]}}. A null or absent value is unknown. An unknown key is an error, so a typo never
 * passes silently, and so is a key given twice, in any case ({@code "age": 63, "AGE": 64}), or any text after the
 * profile. Values are checked as in the CSV format, within the same {@link InputLimits} and plausible ranges, and the
 * document is parsed within limits of size and nesting, so hostile input is refused quickly and never exhausts
 * memory. Messages name keys, lines and columns, never values.
 */
@NullMarked
public final class ProfileJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(InputLimits.MAX_JSON_CHARS)
                            .maxNestingDepth(InputLimits.MAX_JSON_DEPTH)
                            .maxNumberLength(InputLimits.MAX_JSON_NUMBER_CHARS)
                            .maxNameLength(InputLimits.MAX_JSON_KEY_CHARS)
                            .maxStringLength(InputLimits.MAX_JSON_STRING_CHARS)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The lab fields, which also take a value with its unit: {@code {"value": 50, "unit": "nmol/L"}}. */
    private static final Set<String> LAB_FIELDS = Set.of("serum_25ohd_ng_ml", "serum_b12_pg_ml");

    /** The keys of a supplement object, in lower case as written here. */
    private static final Set<String> SUPPLEMENT_KEYS = Set.of("nutrient", "form", "amount", "unit", "frequency");

    private ProfileJson() {
    }

    /**
     * @throws ProfileValidationException with every field that cannot be read (a key given twice, an unknown key, a
     *                                    value out of range), or, with no field, when the text is not one JSON object
     *                                    within the limits
     */
    public static Profile read(String json) {
        if (json.length() > InputLimits.MAX_JSON_CHARS) {
            throw notJson("not valid JSON: longer than "
                    + InputLimits.count(InputLimits.MAX_JSON_CHARS) + " characters");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw notReadable(e);
        }
        return read(root);
    }

    /**
     * Reads a profile from a UTF-8 stream, exactly as {@link #read(String)} reads the same text.
     *
     * @throws ProfileValidationException with every field that cannot be read (a key given twice, an unknown key, a
     *                                    value out of range), or, with no field, when the text is not one JSON object
     *                                    within the limits
     * @throws IOException when the stream cannot be read
     */
    public static Profile read(InputStream in) throws IOException {
        JsonNode root;
        try {
            // Decoded here rather than by Jackson, so that columns in messages count characters, as for a string.
            root = MAPPER.readTree(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw notReadable(e);
        }
        return read(root);
    }

    /**
     * Why a document is not read, in words. Jackson's own message is not kept, nor the exception as a cause: it
     * quotes the text it could not read, which may be a health value.
     */
    private static ProfileValidationException notReadable(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return notJson("not valid JSON: " + limitExceeded(e.getOriginalMessage()));
        }
        if (e instanceof JsonParseException && e.getProcessor() instanceof JsonParser
                && e.getOriginalMessage().startsWith("Duplicate")) {
            // Strict duplicate detection: name the key's top-level field, and where it is when nested.
            String path = ((JsonParser) e.getProcessor()).getParsingContext().pathAsPointer().toString();
            String[] steps = path.split("/");
            String field = steps.length > 1 ? steps[1].toLowerCase(Locale.ROOT) : "(key)";
            return new ProfileValidationException(null, List.of(new Problem(field, steps.length > 2
                    ? "a key given twice (at " + path + ")" : "given twice")));
        }
        String where = where(e.getLocation());
        if (e instanceof MismatchedInputException) {
            return notJson("not valid JSON: more text after the profile object" + where);
        }
        return notJson("not valid JSON" + where);
    }

    /** A document that is not one JSON object within the limits: a problem with no field. */
    private static ProfileValidationException notJson(String message) {
        return new ProfileValidationException(null, List.of(new Problem(null, message)));
    }

    private static String limitExceeded(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.contains("nesting")) {
            return "nested deeper than " + InputLimits.MAX_JSON_DEPTH + " levels";
        }
        if (m.contains("number")) {
            return "a number longer than " + InputLimits.MAX_JSON_NUMBER_CHARS + " characters";
        }
        if (m.contains("name")) {
            return "a key longer than " + InputLimits.MAX_JSON_KEY_CHARS + " characters";
        }
        if (m.contains("string")) {
            return "a string longer than " + InputLimits.count(InputLimits.MAX_JSON_STRING_CHARS) + " characters";
        }
        return "longer than " + InputLimits.count(InputLimits.MAX_JSON_CHARS) + " characters";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    static Profile read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new ProfileValidationException(null, "a profile is a JSON object");
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, String> keys = new HashMap<>();
        for (String key : (Iterable<String>) root::fieldNames) {
            String name = key.toLowerCase(Locale.ROOT);
            if (keys.put(name, key) != null) {
                problems.add(new Problem(name, "given twice, as keys that differ only in case"));
            } else if (ProfileFields.setter(name) == null) {
                // Exact names only: a key with spaces around it (" age") is another key, found by the JSON fuzzer.
                problems.add(new Problem(printable(key), "unknown field; known fields: "
                        + String.join(", ", ProfileFields.names())));
            }
        }
        JsonNode id = root.get(keys.getOrDefault("id", "id"));
        String idText = id == null || !id.isValueNode() || id.asText().isBlank() ? null : id.asText().trim();
        String idProblem = idText == null ? "required" : ProfileIds.problem(idText);
        if (idProblem != null) {
            problems.add(0, new Problem("id", idProblem));
            idText = null;
        }
        Profile.Builder builder = Profile.builder(idText == null ? "(none)" : idText);
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String name = field.getKey().toLowerCase(Locale.ROOT);
            if (ProfileFields.setter(name) != null && field.getKey().equals(keys.get(name))) {
                try {
                    set(builder, name, field.getValue());
                } catch (ProfileValidationException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        try {
            Profile profile = builder.build();
            if (problems.isEmpty()) {
                return profile;
            }
        } catch (ProfileValidationException e) {
            // Only what the fields' own checks did not already report: the checks across fields.
            e.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
        }
        throw new ProfileValidationException(idText, problems);
    }

    /** An unknown key as messages may show it: short and printable, or not at all. */
    private static String printable(String key) {
        return key.length() <= 64 && !key.isBlank() && ProfileIds.problem(key) == null ? key : "(a key not shown)";
    }

    private static void set(Profile.Builder builder, String name, JsonNode value) {
        if (value.isNull() || name.equals("id")) {
            return;
        }
        if (ProfileFields.LIST_FIELDS.contains(name)) {
            if (!value.isArray()) {
                if (!value.isValueNode()) {
                    throw new FieldException(name, "expected a list or a string");
                }
                ProfileFields.set(builder, name, value.asText());
                return;
            }
            if (value.size() > InputLimits.MAX_LIST_ENTRIES) {
                throw new FieldException(name, "more than " + InputLimits.MAX_LIST_ENTRIES + " entries");
            }
            int index = 0;
            for (JsonNode item : value) {
                index++;
                if (name.equals("supplements") && item.isObject()) {
                    builder.supplement(supplement(item, index));
                } else if (item.isValueNode() && !item.isNull()) {
                    ProfileFields.set(builder, name, item.asText());
                } else {
                    throw new FieldException(name, "entry " + index + ": expected a string");
                }
            }
            return;
        }
        if (LAB_FIELDS.contains(name) && value.isObject()) {
            ProfileFields.set(builder, name, labText(name, value));
            return;
        }
        if (!value.isValueNode()) {
            throw new FieldException(name, "expected a single value");
        }
        ProfileFields.set(builder, name, value.asText());
    }

    /** A lab value given as {@code {"value": 50, "unit": "nmol/L"}}, as the text the CSV format reads: "50 nmol/L". */
    private static String labText(String name, JsonNode value) {
        for (String key : (Iterable<String>) value::fieldNames) {
            if (!key.equals("value") && !key.equals("unit")) {
                throw new FieldException(name, "unknown key in a lab value; known keys: value, unit");
            }
        }
        JsonNode number = value.get("value");
        JsonNode unit = value.get("unit");
        if (number == null || !number.isNumber()) {
            throw new FieldException(name, "value: expected a number");
        }
        if (unit != null && !unit.isNull() && !unit.isTextual()) {
            throw new FieldException(name, "unit: expected a string");
        }
        return number.asText() + (unit == null || unit.isNull() ? "" : " " + unit.asText());
    }

    private static Supplement supplement(JsonNode item, int index) {
        try {
            for (String key : (Iterable<String>) item::fieldNames) {
                if (!SUPPLEMENT_KEYS.contains(key)) {
                    throw new IllegalArgumentException("unknown key; known keys: nutrient, form, amount, unit, "
                            + "frequency");
                }
            }
            Nutrient nutrient = Nutrient.fromKey(text(item, "nutrient"));
            JsonNode amount = item.get("amount");
            if (amount == null || !amount.isNumber()) {
                throw new IllegalArgumentException("amount: expected a number");
            }
            JsonNode form = item.get("form");
            if (form != null && !form.isNull() && !form.isValueNode()) {
                throw new IllegalArgumentException("form: expected a string");
            }
            String formText = form == null || form.isNull() ? null : form.asText();
            if (formText != null && formText.length() > InputLimits.MAX_CELL_CHARS) {
                throw new IllegalArgumentException("form: longer than "
                        + InputLimits.count(InputLimits.MAX_CELL_CHARS) + " characters");
            }
            JsonNode frequency = item.get("frequency");
            return new Supplement(nutrient, formText, amount.asDouble(), DoseUnit.parse(text(item, "unit")),
                    frequency == null || frequency.isNull() ? Frequency.DAY : Frequency.parse(text(item,
                            "frequency")));
        } catch (IllegalArgumentException e) {
            throw new FieldException("supplements", "entry " + index + ": " + FieldException.problemOf(e));
        }
    }

    private static String text(JsonNode item, String key) {
        JsonNode node = item.get(key);
        if (node == null || !node.isValueNode() || node.isNull()) {
            throw new IllegalArgumentException(key + ": required");
        }
        return node.asText();
    }

    // Writing.

    /** A profile as JSON, in the shape {@link #read(String)} reads: the CSV column names as keys; unknowns left out. */
    public static String toJson(Profile profile) {
        StringWriter out = new StringWriter(512);
        write(profile, out);
        return out.toString();
    }

    /** Writes a profile as a JSON object to {@code out}, which stays open. */
    public static void write(Profile profile, Writer out) {
        try (JsonGenerator json = ResultJson.FACTORY.createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            writeProfile(json, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeProfile(JsonGenerator json, Profile p) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", p.id());
        number(json, "age", p.age());
        text(json, "sex", p.sex() == null ? null : p.sex().key());
        number(json, "weight_kg", p.weightKg());
        number(json, "height_cm", p.heightCm());
        bool(json, "pregnant", p.pregnant());
        bool(json, "lactating", p.lactating());
        bool(json, "menopausal", p.postmenopausal());
        text(json, "diet", p.diet() == null ? null : p.diet().key());
        for (Nutrient n : Nutrient.values()) {
            number(json, n.intakeColumn(), p.dietaryIntake(n));
        }
        number(json, "soda_per_day", p.sodaPerDay());
        number(json, "exercise_min_per_week", p.exerciseMinPerWeek());
        bool(json, "high_impact_exercise", p.highImpactExercise());
        bool(json, "smoker", p.smoker());
        json.writeArrayFieldStart("supplements");
        for (Supplement s : p.supplements()) {
            json.writeStartObject();
            json.writeStringField("nutrient", s.nutrient().key());
            text(json, "form", s.form());
            number(json, "amount", s.amount());
            json.writeStringField("unit", s.unit().key());
            json.writeStringField("frequency", s.frequency().key());
            json.writeEndObject();
        }
        json.writeEndArray();
        ResultJson.writeStrings(json, "conditions", p.conditions());
        ResultJson.writeStrings(json, "medications", p.medications());
        number(json, "glucocorticoid_mg_day", p.glucocorticoidMgPerDay());
        number(json, "glucocorticoid_months", p.glucocorticoidMonths());
        number(json, "serum_25ohd_ng_ml", p.labs().serum25ohdNgMl());
        number(json, "serum_b12_pg_ml", p.labs().serumB12PgMl());
        number(json, "homocysteine_umol_l", p.labs().homocysteineUmolL());
        number(json, "tscore", p.labs().tScore());
        json.writeEndObject();
    }

    /** A known number: whole numbers without a fraction ({@code 700}, not {@code 700.0}). */
    private static void number(JsonGenerator json, String name, Number value) throws IOException {
        if (value == null) {
            return;
        }
        json.writeFieldName(name);
        ResultJson.writeNumber(json, value.doubleValue());
    }

    private static void text(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    private static void bool(JsonGenerator json, String name, Boolean value) throws IOException {
        if (value != null) {
            json.writeBooleanField(name, value);
        }
    }

    /** Lets any Jackson {@code ObjectMapper} write a profile in this shape. */
    public static final class Serializer extends StdSerializer<Profile> {
        private static final long serialVersionUID = 1L;

        public Serializer() {
            super(Profile.class);
        }

        @Override
        public void serialize(Profile value, JsonGenerator json, SerializerProvider provider) throws IOException {
            writeProfile(json, value);
        }
    }

    /**
     * Lets any Jackson {@code ObjectMapper} read a profile in this shape ({@code @RequestBody Profile} in Spring). A
     * profile that does not validate fails as a {@link JsonMappingException} (a 400 in Spring) whose cause is the
     * {@link ProfileValidationException} with every problem.
     */
    public static final class Deserializer extends StdDeserializer<Profile> {
        private static final long serialVersionUID = 1L;

        public Deserializer() {
            super(Profile.class);
        }

        @Override
        public Profile deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode root = parser.readValueAsTree();
            try {
                return read(root);
            } catch (ProfileValidationException e) {
                throw JsonMappingException.from(parser, "profile not valid: " + e.getMessage(), e);
            }
        }
    }
}
