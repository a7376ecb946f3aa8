package org.osteorisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        FieldException e = assertThrows(FieldException.class, () -> ProfileJson.read("{\"id\":\"p\",\"age\":\"old\"}"));
        assertEquals("age: not a whole number from 0 to 130", e.getMessage());
        e = assertThrows(FieldException.class, () -> ProfileJson.read("{\"id\":\"p\",\"calcum_mg\":700}"));
        assertEquals("calcum_mg", e.field());
        e = assertThrows(FieldException.class, () -> ProfileJson.read("{\"age\":40}"));
        assertEquals("id", e.field());
        e = assertThrows(FieldException.class,
                () -> ProfileJson.read("{\"id\":\"p\",\"supplements\":[{\"nutrient\":\"calcium\",\"unit\":\"mg\"}]}"));
        assertEquals("supplements: entry 1: amount: expected a number", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProfileJson.read("[1,2]"));
        assertThrows(IllegalArgumentException.class, () -> ProfileJson.read("{not json"));
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
