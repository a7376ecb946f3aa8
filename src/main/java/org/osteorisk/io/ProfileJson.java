package org.osteorisk.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.osteorisk.model.DoseUnit;
import org.osteorisk.model.Frequency;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
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

    /** The keys of a supplement object, in lower case as written here. */
    private static final Set<String> SUPPLEMENT_KEYS = Set.of("nutrient", "form", "amount", "unit", "frequency");

    private ProfileJson() {
    }

    /**
     * @throws FieldException naming the field that cannot be read (also a key given twice)
     * @throws IllegalArgumentException when the text is not one JSON object within the limits
     */
    public static Profile read(String json) {
        if (json.length() > InputLimits.MAX_JSON_CHARS) {
            throw new IllegalArgumentException("not valid JSON: longer than "
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
     * @throws FieldException naming the field that cannot be read (also a key given twice)
     * @throws IllegalArgumentException when the text is not one JSON object within the limits
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
    private static RuntimeException notReadable(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return new IllegalArgumentException("not valid JSON: " + limitExceeded(e.getOriginalMessage()));
        }
        if (e instanceof JsonParseException && e.getProcessor() instanceof JsonParser
                && e.getOriginalMessage().startsWith("Duplicate")) {
            // Strict duplicate detection: name the key's top-level field, and where it is when nested.
            String path = ((JsonParser) e.getProcessor()).getParsingContext().pathAsPointer().toString();
            String[] steps = path.split("/");
            String field = steps.length > 1 ? steps[1].toLowerCase(Locale.ROOT) : "(key)";
            return new FieldException(field, steps.length > 2 ? "a key given twice (at " + path + ")"
                    : "given twice");
        }
        String where = where(e.getLocation());
        if (e instanceof MismatchedInputException) {
            return new IllegalArgumentException("not valid JSON: more text after the profile object" + where);
        }
        return new IllegalArgumentException("not valid JSON" + where);
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
            throw new IllegalArgumentException("a profile is a JSON object");
        }
        Map<String, String> keys = new HashMap<>();
        for (String key : (Iterable<String>) root::fieldNames) {
            String name = key.toLowerCase(Locale.ROOT);
            if (keys.put(name, key) != null) {
                throw new FieldException(name, "given twice, as keys that differ only in case");
            }
            if (!ProfileFields.isKnown(name)) {
                throw new FieldException(printable(key), "unknown field; known fields: "
                        + String.join(", ", ProfileFields.names()));
            }
        }
        JsonNode id = root.get(keys.getOrDefault("id", "id"));
        if (id == null || !id.isValueNode() || id.asText().isBlank()) {
            throw new FieldException("id", "required");
        }
        String idText = id.asText().trim();
        String idProblem = ProfileIds.problem(idText);
        if (idProblem != null) {
            throw new FieldException("id", idProblem);
        }
        Profile.Builder builder = Profile.builder(idText);
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            set(builder, field.getKey().toLowerCase(Locale.ROOT), field.getValue());
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            String[] parts = e.getMessage().split(": ", 2);
            throw new FieldException(parts[0], parts.length > 1 ? parts[1] : "out of range");
        }
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
        if (!value.isValueNode()) {
            throw new FieldException(name, "expected a single value");
        }
        ProfileFields.set(builder, name, value.asText());
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
            throw new FieldException("supplements", "entry " + index + ": " + e.getMessage());
        }
    }

    private static String text(JsonNode item, String key) {
        JsonNode node = item.get(key);
        if (node == null || !node.isValueNode() || node.isNull()) {
            throw new IllegalArgumentException(key + ": required");
        }
        return node.asText();
    }
}
