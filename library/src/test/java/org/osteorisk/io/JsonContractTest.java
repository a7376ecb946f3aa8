package org.osteorisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.osteorisk.Profiles;
import org.osteorisk.TestRules;
import org.osteorisk.model.AdviceAction;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Evidence;
import org.osteorisk.model.Finding;
import org.osteorisk.model.InputWarning;
import org.osteorisk.model.Profile;
import org.osteorisk.model.ProfileValidationException;
import org.osteorisk.model.Severity;
import org.osteorisk.model.Sex;
import org.osteorisk.model.Suppression;

/**
 * The one JSON contract: the library's writers, any Jackson ObjectMapper (however the app configured it) and the
 * readers agree, both ways, and every output validates against the published schemas.
 */
class JsonContractTest {

    /** An app's mapper, configured in ways that would change a reflection-based shape. */
    private static final ObjectMapper APP_MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private static List<AssessmentResult> results(List<Profile> profiles) {
        return TestRules.assessor().assessAll(profiles);
    }

    @Test
    void everyExampleResultValidatesAndReadsBackEqual() throws IOException {
        List<Profile> profiles = new ArrayList<>(Profiles.examples());
        profiles.add(Profile.builder("unknowns").sex(Sex.FEMALE).condition("gout").medication("xyzzolol")
                .postmenopausal(true).intake(org.osteorisk.model.Nutrient.CALCIUM, 500.0).build());
        List<AssessmentResult> results = results(profiles);
        assertTrue(results.stream().anyMatch(AssessmentResult::outOfScope));
        assertTrue(results.stream().anyMatch(r -> !r.suppressed().isEmpty()));
        assertTrue(results.stream().anyMatch(r -> !r.warnings().isEmpty()));
        for (AssessmentResult result : results) {
            String json = ResultJson.toJson(result);
            assertEquals(List.of(), JsonSchemas.problems(JsonSchemas.RESULT, json), result.profileId());
            AssessmentResult back = ResultJson.read(json);
            assertEquals(result, back, result.profileId());
            assertEquals(json, ResultJson.toJson(back), result.profileId());
        }
    }

    @Test
    void aGeneratedCohortValidatesAndEveryKindOfValueIsExercised() {
        Set<String> kinds = new TreeSet<>();
        for (AssessmentResult result : results(Profiles.cohort(20261123, 3_000))) {
            String json = ResultJson.toJson(result);
            assertEquals(List.of(), JsonSchemas.problems(JsonSchemas.RESULT, json), result.profileId());
            assertEquals(result, ResultJson.read(json), result.profileId());
            result.findings().forEach(f -> f.values().values().forEach(v -> kinds.add(v == null ? "null"
                    : v.getClass().getSimpleName())));
        }
        assertEquals(new TreeSet<>(List.of("Amount", "Group", "Term", "Terms", "Text", "Texts", "null")), kinds);
    }

    @Test
    void anyObjectMapperWritesAndReadsTheSameShape() throws IOException {
        for (AssessmentResult result : results(Profiles.examples())) {
            JsonNode expected = PLAIN.readTree(ResultJson.toJson(result));
            assertEquals(expected, PLAIN.readTree(APP_MAPPER.writeValueAsString(result)), result.profileId());
            assertEquals(expected, PLAIN.readTree(PLAIN.writeValueAsString(result)), result.profileId());
            assertEquals(result, APP_MAPPER.readValue(ResultJson.toJson(result), AssessmentResult.class));
            for (Finding f : result.findings()) {
                Finding back = PLAIN.readValue(APP_MAPPER.writeValueAsString(f), Finding.class);
                assertEquals(f, back, f.code());
                assertEquals(PLAIN.readTree(PLAIN.writeValueAsString(f.sources())),
                        expected.get("findings").get(result.findings().indexOf(f)).get("sources"));
            }
        }
    }

    @Test
    void everyExampleProfileWritesValidJsonThatReadsBackEqual() throws IOException {
        List<Profile> profiles = new ArrayList<>(Profiles.examples());
        profiles.addAll(Profiles.cohort(7, 500));
        for (Profile profile : profiles) {
            String json = ProfileJson.toJson(profile);
            assertEquals(List.of(), JsonSchemas.problems(JsonSchemas.PROFILE, json), profile.id());
            assertEquals(profile, ProfileJson.read(json), profile.id());
            assertEquals(profile, APP_MAPPER.readValue(json, Profile.class), profile.id());
            assertEquals(PLAIN.readTree(json), PLAIN.readTree(APP_MAPPER.writeValueAsString(profile)));
        }
    }

    @Test
    void theReadmeProfileReadsWithItsKeysThroughAnyMapper() throws IOException {
        String json = "{\"id\": \"p1\", \"age\": 63, \"sex\": \"female\", \"menopausal\": \"yes\", \"tscore\": -2.7,"
                + " \"calcium_mg\": 700, \"serum_25ohd_ng_ml\": {\"value\": 50, \"unit\": \"nmol/L\"},"
                + " \"serum_b12_pg_ml\": \"300 pmol/L\","
                + " \"supplements\": [\"calcium:carbonate 600mg/day\", {\"nutrient\": \"vitamin_d\", \"amount\": 1000,"
                + " \"unit\": \"IU\"}], \"medications\": [\"omeprazole\"]}";
        assertEquals(List.of(), JsonSchemas.problems(JsonSchemas.PROFILE, json));
        Profile p = APP_MAPPER.readValue(json, Profile.class);
        assertEquals(Boolean.TRUE, p.postmenopausal());
        assertEquals(-2.7, p.labs().tScore());
        assertEquals(50 / 2.496, p.labs().serum25ohdNgMl(), 1e-9);
        assertEquals(300 / 0.738, p.labs().serumB12PgMl(), 1e-9);
        assertEquals(2, p.supplements().size());
    }

    @Test
    void anInvalidProfileFailsAsAMappingErrorCarryingEveryProblem() {
        String json = "{\"id\": \"p1\", \"age\": 200, \"sex\": \"male\", \"pregnant\": true, \"calcium_mg\": -1,"
                + " \"serum_25ohd_ng_ml\": {\"value\": 50, \"unit\": \"mmol/L\"}, \"calcum_mg\": 3}";
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> PLAIN.readValue(json, Profile.class));
        ProfileValidationException cause = assertInstanceOf(ProfileValidationException.class, e.getCause());
        assertEquals("p1", cause.profileId());
        assertEquals(List.of("calcum_mg", "age", "calcium_mg", "serum_25ohd_ng_ml", "pregnant"),
                cause.problems().stream().map(ProfileValidationException.Problem::field).toList());
    }

    @Test
    void theResultReaderNamesWhatIsMissingOrWrongAsAPointer() {
        AssessmentResult result = results(List.of(Profiles.examples().get(0))).get(0);
        String json = ResultJson.toJson(result);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResultJson.read(json.replace("\"severity\":\"", "\"severity\":\"x")));
        assertTrue(e.getMessage().startsWith("/findings/0/severity: "), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ResultJson.read(json.replace("\"rule_set\"", "\"r\"")));
        assertEquals("/rule_set: required", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ResultJson.read("[]"));
        assertEquals("expected a JSON object", e.getMessage());
        assertNotNull(ResultJson.read(json.replace("{\"id\"", "{\"added_later\":{\"x\":1},\"id\"")),
                "a key it does not know is ignored: a later version's result still reads");
    }

    @Test
    void theSchemasListExactlyTheValuesTheCodeWrites() throws IOException {
        JsonNode schema = PLAIN.readTree(Files.readString(JsonSchemas.FOLDER.resolve("assessment-result.schema.json")));
        JsonNode defs = schema.get("$defs");
        assertEquals(keys(Severity.values()), enumOf(defs.at("/finding/properties/severity")));
        assertEquals(keys(Evidence.values()), enumOf(defs.at("/finding/properties/evidence")));
        assertEquals(keys(AdviceAction.values()), enumOf(defs.at("/advice/properties/action")));
        assertEquals(keys(Suppression.Resolution.values()), enumOf(defs.at("/suppression/properties/resolution")));
        assertEquals(Set.of("ok", "out_of_scope"), enumOf(schema.at("/properties/status")));
        String valid = ResultJson.toJson(results(List.of(Profiles.examples().get(0))).get(0));
        assertTrue(valid.contains("\"severity\":\"warning\""));
        assertEquals(List.of(), JsonSchemas.problems(JsonSchemas.RESULT, valid));
        assertEquals(1, JsonSchemas.problems(JsonSchemas.RESULT, valid.replaceFirst("\"severity\":\"warning\"",
                "\"severity\":\"urgent\"")).size(), "the schema is read and applied");
        for (InputWarning.Code code : InputWarning.Code.values()) {
            assertTrue(code.key().matches(defs.at("/code/pattern").asText()), code.key());
        }
    }

    private static Set<String> keys(Enum<?>[] values) {
        return new TreeSet<>(Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
    }

    private static Set<String> enumOf(JsonNode node) {
        Set<String> values = new TreeSet<>();
        node.get("enum").forEach(v -> values.add(v.asText()));
        return values;
    }
}
