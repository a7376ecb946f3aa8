package org.osteorisk.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The published JSON Schemas (docs/schema), loaded from the repository, to validate outputs against. */
public final class JsonSchemas {

    public static final Path FOLDER = Path.of("docs", "schema");
    private static final String ID_PREFIX = "https://osteorisk.org/schema/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ID_PREFIX,
                    FOLDER.toAbsolutePath().toUri().toString())));
    public static final JsonSchema PROFILE = load("profile.schema.json");
    public static final JsonSchema RESULT = load("assessment-result.schema.json");
    public static final JsonSchema BATCH_ROW = load("batch-row.schema.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonSchemas() {
    }

    private static JsonSchema load(String name) {
        return FACTORY.getSchema(SchemaLocation.of(ID_PREFIX + name));
    }

    /** What is wrong with {@code json} against {@code schema}; empty when it validates. */
    public static List<String> problems(JsonSchema schema, String json) {
        try {
            return problems(schema, MAPPER.readTree(json));
        } catch (java.io.IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    public static List<String> problems(JsonSchema schema, JsonNode json) {
        Set<ValidationMessage> messages = schema.validate(json);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
