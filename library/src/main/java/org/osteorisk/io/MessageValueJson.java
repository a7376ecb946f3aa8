package org.osteorisk.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.osteorisk.model.MessageValue;
import org.osteorisk.model.MessageValue.Amount;
import org.osteorisk.model.MessageValue.Group;
import org.osteorisk.model.MessageValue.Term;
import org.osteorisk.model.MessageValue.Terms;
import org.osteorisk.model.MessageValue.Text;
import org.osteorisk.model.MessageValue.Texts;
import org.osteorisk.model.Sex;

/** A finding's {@link MessageValue} in JSON, both ways (the forms are listed on {@link MessageValue}). */
final class MessageValueJson {

    private MessageValueJson() {
    }

    static void write(JsonGenerator json, MessageValue value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Amount a) {
            json.writeStartObject();
            json.writeFieldName("value");
            ResultJson.writeNumber(json, a.value());
            json.writeStringField("unit", a.unit());
            json.writeEndObject();
        } else if (value instanceof Text t) {
            json.writeString(t.text());
        } else if (value instanceof Term t) {
            json.writeStartObject();
            json.writeStringField("term", t.key());
            json.writeEndObject();
        } else if (value instanceof Texts t) {
            ResultJson.writeStrings(json, null, t.items());
        } else if (value instanceof Terms t) {
            json.writeStartObject();
            ResultJson.writeStrings(json, "terms", t.keys());
            json.writeEndObject();
        } else {
            Group g = (Group) value;
            json.writeStartObject();
            json.writeStringField("sex", g.sex() == null ? null : g.sex().key());
            json.writeNumberField("age_from", g.ageFrom());
            if (g.ageTo() == null) {
                json.writeNullField("age_to");
            } else {
                json.writeNumberField("age_to", g.ageTo());
            }
            json.writeEndObject();
        }
    }

    static MessageValue read(JsonTree tree) {
        JsonNode node = tree.node();
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return new Text(node.asText());
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(text(item)));
            return new Texts(items);
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("expected null, a string, an array or an object");
        }
        if (node.has("value")) {
            JsonNode value = node.get("value");
            if (!value.isNumber()) {
                throw new IllegalArgumentException("value: expected a number");
            }
            return new Amount(value.doubleValue(), tree.text("unit"));
        }
        if (node.has("term")) {
            return new Term(tree.text("term"));
        }
        if (node.has("terms")) {
            List<String> keys = new ArrayList<>();
            tree.array("terms").forEach(t -> keys.add(t.asText()));
            return new Terms(keys);
        }
        if (node.has("age_from")) {
            String sex = tree.optionalText("sex");
            Integer from = tree.optionalInt("age_from");
            if (from == null) {
                throw new IllegalArgumentException("age_from: required");
            }
            return new Group(sex == null ? null : Sex.parse(sex), from, tree.optionalInt("age_to"));
        }
        throw new IllegalArgumentException("expected an amount {value, unit}, a term {term}, terms {terms} or a "
                + "group {sex, age_from, age_to}");
    }

    private static String text(JsonNode item) {
        if (!item.isTextual()) {
            throw new IllegalArgumentException("expected an array of strings");
        }
        return item.asText();
    }
}
