package org.osteorisk.io;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * passes silently.
 */
public final class ProfileJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProfileJson() {
    }

    /**
     * @throws FieldException naming the field that cannot be read
     * @throws IllegalArgumentException when the text is not a JSON object
     */
    public static Profile read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr(), e);
        }
        return read(root);
    }

    public static Profile read(java.io.InputStream in) throws IOException {
        return read(MAPPER.readTree(in));
    }

    static Profile read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a profile is a JSON object");
        }
        JsonNode id = root.get("id");
        if (id == null || !id.isValueNode() || id.asText().isBlank()) {
            throw new FieldException("id", "required");
        }
        Profile.Builder builder = Profile.builder(id.asText().trim());
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String name = field.getKey().toLowerCase(Locale.ROOT);
            if (!ProfileFields.isKnown(name)) {
                throw new FieldException(field.getKey(), "unknown field; known fields: "
                        + String.join(", ", ProfileFields.names()));
            }
            set(builder, name, field.getValue());
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            String[] parts = e.getMessage().split(": ", 2);
            throw new FieldException(parts[0], parts.length > 1 ? parts[1] : "out of range");
        }
    }

    private static void set(Profile.Builder builder, String name, JsonNode value) {
        if (value.isNull() || name.equals("id")) {
            return;
        }
        if (ProfileFields.LIST_FIELDS.contains(name)) {
            if (!value.isArray()) {
                ProfileFields.set(builder, name, value.asText());
                return;
            }
            int index = 0;
            for (JsonNode item : value) {
                index++;
                if (name.equals("supplements") && item.isObject()) {
                    builder.supplement(supplement(item, index));
                } else if (item.isValueNode()) {
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
            Nutrient nutrient = Nutrient.fromKey(text(item, "nutrient"));
            JsonNode amount = item.get("amount");
            if (amount == null || !amount.isNumber()) {
                throw new IllegalArgumentException("amount: expected a number");
            }
            JsonNode form = item.get("form");
            JsonNode frequency = item.get("frequency");
            return new Supplement(nutrient, form == null || form.isNull() ? null : form.asText(), amount.asDouble(),
                    DoseUnit.parse(text(item, "unit")),
                    frequency == null || frequency.isNull() ? Frequency.DAY : Frequency.parse(frequency.asText()));
        } catch (IllegalArgumentException e) {
            throw new FieldException("supplements", "entry " + index + ": " + e.getMessage());
        }
    }

    private static String text(JsonNode item, String key) {
        JsonNode node = item.get(key);
        if (node == null || !node.isValueNode()) {
            throw new IllegalArgumentException(key + ": required");
        }
        return node.asText();
    }
}
