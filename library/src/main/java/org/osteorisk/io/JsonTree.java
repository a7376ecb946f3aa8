package org.osteorisk.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON node with its place in the document, for readers that name what is wrong as a JSON pointer
 * ({@code /findings/2/severity: expected one of ...}). Error messages never quote a value.
 */
final class JsonTree {

    private final JsonNode node;
    private final String path;

    private JsonTree(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The document's root, which must be an object. */
    static JsonTree root(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        return new JsonTree(node, "");
    }

    JsonNode node() {
        return node;
    }

    private JsonTree child(String key) {
        return new JsonTree(node.get(key), path + "/" + key);
    }

    private String where(String key) {
        return path + "/" + key;
    }

    /** A required string. */
    String text(String key) {
        String text = optionalText(key);
        if (text == null) {
            throw new IllegalArgumentException(where(key) + ": required");
        }
        return text;
    }

    /** A string, or null when absent or null. */
    String optionalText(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(where(key) + ": expected a string");
        }
        return value.asText();
    }

    /** A whole number, or null when absent or null. */
    Integer optionalInt(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException(where(key) + ": expected a whole number");
        }
        return value.intValue();
    }

    /** A required string read by {@code parser}, whose IllegalArgumentException names the key. */
    <T> T parse(String key, Function<String, T> parser) {
        String text = text(key);
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where(key) + ": " + e.getMessage(), null);
        }
    }

    /** This node read by {@code parser}, whose IllegalArgumentException is placed at this node. */
    <T> T parse(Function<JsonTree, T> parser) {
        try {
            return parser.apply(this);
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(path) ? e
                    : new IllegalArgumentException(path + ": " + e.getMessage(), null);
        }
    }

    /** A required object. */
    JsonTree object(String key) {
        JsonTree child = optionalObject(key);
        if (child == null) {
            throw new IllegalArgumentException(where(key) + ": required");
        }
        return child;
    }

    /** An object, or null when absent or null. */
    JsonTree optionalObject(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw new IllegalArgumentException(where(key) + ": expected an object");
        }
        return child(key);
    }

    /** The elements of a required array. */
    List<JsonTree> array(String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException(where(key) + ": expected an array");
        }
        List<JsonTree> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            items.add(new JsonTree(value.get(i), where(key) + "/" + i));
        }
        return items;
    }

    /** The fields of this object, in order. */
    Map<String, JsonTree> fields() {
        Map<String, JsonTree> fields = new LinkedHashMap<>();
        node.fieldNames().forEachRemaining(name -> fields.put(name, child(name)));
        return fields;
    }

    /** This node as a string. */
    String asText() {
        if (!node.isTextual()) {
            throw new IllegalArgumentException(path + ": expected a string");
        }
        return node.asText();
    }

    /** Builds a value; an IllegalArgumentException or NullPointerException from its constructor names this node. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith("/")) {
                throw e;
            }
            throw new IllegalArgumentException((path.isEmpty() ? "/" : path) + ": " + e.getMessage(), null);
        }
    }
}
