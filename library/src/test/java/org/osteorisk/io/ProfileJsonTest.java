package org.osteorisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.osteorisk.TestRules;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.DoseUnit;
import org.osteorisk.model.Frequency;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
import org.osteorisk.model.ProfileValidationException;
import org.osteorisk.model.Sex;
import org.osteorisk.model.Supplement;

class ProfileJsonTest {

    @Test
    void readsAProfileWithTheCsvFieldNamesAndTypedValues() {
        Profile p = ProfileJson.read("""
                {"id": "p1", "age": 63, "sex": "female", "calcium_mg": 700, "smoker": false, "menopausal": true,
                 "supplements": ["calcium:carbonate 600mg/day",
                                 {"nutrient": "vitamin_d", "form": "d3", "amount": 25, "unit": "mcg", "frequency": "week"}],
                 "medications": ["omeprazole"], "serum_25ohd_ng_ml": "50nmol/L", "tscore": null}
                """);
        assertEquals("p1", p.id());
        assertEquals(63, p.age());
        assertEquals(Sex.FEMALE, p.sex());
        assertEquals(700.0, p.dietaryIntake(Nutrient.CALCIUM));
        assertEquals(false, p.smoker());
        assertEquals(List.of(new Supplement(Nutrient.CALCIUM, "carbonate", 600, DoseUnit.MG, Frequency.DAY),
                new Supplement(Nutrient.VITAMIN_D, "d3", 25, DoseUnit.MCG, Frequency.WEEK)), p.supplements());
        assertEquals(List.of("omeprazole"), p.medications());
        assertEquals(50 / 2.496, p.labs().serum25ohdNgMl(), 1e-9);
    }

    @Test
    void errorsNameTheFieldAndUnknownFieldsAreRefused() {
        ProfileValidationException e = assertThrows(ProfileValidationException.class,
                () -> ProfileJson.read("{\"id\":\"p\",\"age\":\"old\"}"));
        assertEquals("age: not a whole number from 0 to 130", e.getMessage());
        assertEquals("p", e.profileId());
        e = assertThrows(ProfileValidationException.class, () -> ProfileJson.read("{\"id\":\"p\",\"calcum_mg\":700}"));
        assertEquals("calcum_mg", e.problems().get(0).field());
        e = assertThrows(ProfileValidationException.class, () -> ProfileJson.read("{\"age\":40}"));
        assertEquals("id", e.problems().get(0).field());
        assertNull(e.profileId());
        e = assertThrows(ProfileValidationException.class,
                () -> ProfileJson.read("{\"id\":\"p\",\"supplements\":[{\"nutrient\":\"calcium\",\"unit\":\"mg\"}]}"));
        assertEquals("supplements: entry 1: amount: expected a number", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProfileJson.read("[1,2]"));
        assertThrows(IllegalArgumentException.class, () -> ProfileJson.read("{not json"));
    }

    private static String refusal(Class<? extends IllegalArgumentException> type, String json) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProfileJson.read(json));
        assertEquals(type, e.getClass(), e::getMessage);
        assertNull(e.getCause(), "Jackson's exception quotes the text it could not read: not kept");
        return e.getMessage();
    }

    @Test
    void hostileDocumentsAreRefusedWithTheDocumentedExceptionsNeverANullPointer() {
        assertEquals("not valid JSON: nested deeper than 16 levels", refusal(ProfileValidationException.class,
                "{\"id\":\"p\",\"supplements\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
        assertEquals("not valid JSON: nested deeper than 16 levels",
                refusal(ProfileValidationException.class, "[".repeat(100_000)));
        assertEquals("not valid JSON: a number longer than 64 characters",
                refusal(ProfileValidationException.class, "{\"id\":\"p\",\"age\":" + "9".repeat(2000) + "}"));
        assertEquals("not valid JSON: a string longer than 32,768 characters", refusal(ProfileValidationException.class,
                "{\"id\":\"p\",\"conditions\":\"" + "x".repeat(40_000) + "\"}"));
        assertEquals("not valid JSON: longer than 1,048,576 characters", refusal(ProfileValidationException.class,
                "{\"id\":\"p\",\"conditions\":\"" + "x".repeat(2_000_000) + "\"}"));
        String token = refusal(ProfileValidationException.class, "{\"id\":\"p\",\"age\":SECRETVALUE}");
        assertTrue(token.startsWith("not valid JSON at line 1, column ") && !token.contains("SECRET"), token);
        assertEquals("conditions: longer than 4,096 characters", refusal(ProfileValidationException.class,
                "{\"id\":\"p\",\"conditions\":[\"" + "x".repeat(5000) + "\"]}"));
        assertEquals("conditions: more than 64 entries", refusal(ProfileValidationException.class,
                "{\"id\":\"p\",\"conditions\":[" + "\"ckd\",".repeat(64) + "\"ra\"]}"));
    }

    @Test
    void trailingContentAndDuplicateKeysAreRefused() {
        assertEquals("not valid JSON: more text after the profile object at line 1, column 12",
                refusal(ProfileValidationException.class, "{\"id\":\"p\"} {\"age\":64}"));
        assertTrue(refusal(ProfileValidationException.class, "{\"id\":\"p\"} tail").startsWith("not valid JSON at line 1"));
        assertEquals("age: given twice", refusal(ProfileValidationException.class, "{\"id\":\"p\",\"age\":63,\"age\":64}"));
        assertEquals("age: given twice, as keys that differ only in case",
                refusal(ProfileValidationException.class, "{\"id\":\"p\",\"age\":63,\"AGE\":64}"));
        assertEquals("supplements: a key given twice (at /supplements/0/amount)", refusal(ProfileValidationException.class,
                "{\"id\":\"p\",\"supplements\":[{\"nutrient\":\"calcium\",\"amount\":1,\"amount\":2,\"unit\":\"mg\"}]}"));
        assertEquals("supplements: entry 1: unknown key; known keys: nutrient, form, amount, unit, frequency",
                refusal(ProfileValidationException.class, "{\"id\":\"p\",\"supplements\":[{\"nutrient\":\"calcium\",\"amount\":1,"
                        + "\"unit\":\"mg\",\"Amount\":9}]}"));
        assertEquals("p1", ProfileJson.read("{\"ID\":\"p1\",\"Age\":60}").id(), "keys are matched in any case");
        assertTrue(refusal(ProfileValidationException.class, "{\"id\":\"p\",\" height_cm\":170}")
                .startsWith(" height_cm: unknown field"), "found by the fuzzer: a key with a space is another key");
    }

    @Test
    void aStreamIsReadAsTheSameTextWouldBe() {
        // Found by JsonInputFuzzTest: Jackson counts a byte stream's columns in bytes, so "é" moved the column.
        String json = "{\"id\":\"p\",\"conditions\":\"\u00e9\u00e9\u00e9\",\"age\":x}";
        IllegalArgumentException fromString = assertThrows(IllegalArgumentException.class, () -> ProfileJson.read(json));
        IllegalArgumentException fromStream = assertThrows(IllegalArgumentException.class, () -> ProfileJson.read(
                new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals(fromString.getMessage(), fromStream.getMessage());
    }

    @Test
    void valuesMustBePlausibleAndIdsPrintable() {
        assertEquals("supplements: entry 1: expected 0 to 20,000 mg/day of calcium, counting a weekly, monthly or "
                + "yearly dose per day", refusal(ProfileValidationException.class,
                "{\"id\":\"p\",\"supplements\":[{\"nutrient\":\"calcium\",\"amount\":1e306,\"unit\":\"g\"}]}"));
        assertEquals("calcium_mg: expected 0 to 10,000 mg/day",
                refusal(ProfileValidationException.class, "{\"id\":\"p\",\"calcium_mg\":1e307}"));
        assertEquals("id: contains a control or invisible formatting character",
                refusal(ProfileValidationException.class, "{\"id\":\"p\\u001b[2J\"}"));
        Profile p = ProfileJson.read("{\"id\":\"p1\",\"age\":63,\"calcium_mg\":812.5,\"tscore\":-2.7}");
        assertFalse(p.toString().contains("812") || p.toString().contains("63") || p.toString().contains("2.7"),
                p.toString());
    }

    @Test
    void resultsWriteAsJsonWithEveryFindingField() throws Exception {
        AssessmentResult result = TestRules.assessor().assess(ProfileJson.read(
                "{\"id\":\"p1\",\"age\":63,\"sex\":\"female\",\"calcium_mg\":700}"));
        JsonNode json = new ObjectMapper().readTree(ResultJson.toJson(result));
        assertEquals("p1", json.get("id").asText());
        JsonNode finding = json.get("findings").get(0);
        for (String field : List.of("code", "severity", "domain", "title", "explanation", "recommendation", "sources",
                "evidence", "rule")) {
            assertTrue(finding.has(field), field);
        }
        assertEquals("warning", json.get("findings").findValues("severity").get(0).asText());
        assertEquals("osteorisk-core", json.get("rule_set").get("name").asText());
        assertTrue(json.get("not_assessed").isArray());
    }
}
