package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.osteorisk.TestRules;
import org.osteorisk.model.Advice;
import org.osteorisk.model.AdviceAction;
import org.osteorisk.model.CatalogueEntry;
import org.osteorisk.model.Severity;

/** The catalogue API and the code constants describe the bundled rules exactly. */
class CatalogueTest {

    private static CatalogueEntry entry(String code) {
        return TestRules.bundled().catalogueEntry(code).orElseThrow();
    }

    @Test
    void theConstantsAreExactlyTheBundledCodes() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field field : FindingCodes.class.getFields()) {
            assertTrue(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()));
            assertEquals(field.getName(), field.get(null), "a constant's value is its name");
            constants.add(field.getName());
        }
        Set<String> codes = new TreeSet<>(TestRules.bundled().catalogue().stream().map(CatalogueEntry::code).toList());
        assertEquals(codes, constants);
    }

    @Test
    void anEntrySaysWhatTheCodeCanReport() {
        CatalogueEntry antiresorptive = entry(FindingCodes.ANTIRESORPTIVE_LOW_CA_D);
        assertEquals(List.of(Severity.WARNING, Severity.CRITICAL), antiresorptive.severities());
        assertEquals(CatalogueEntry.Kind.FINDING, antiresorptive.kind());
        assertTrue(antiresorptive.advice().contains(new Advice(AdviceAction.TEST, "serum_calcium")),
                "the advice of every rule of the code");
        assertFalse(antiresorptive.precaution());
        CatalogueEntry child = entry(FindingCodes.OUT_OF_SCOPE_AGE);
        assertEquals(CatalogueEntry.Kind.SCOPE_NOTICE, child.kind());
        assertEquals(List.of(), child.severities());
        assertTrue(entry(FindingCodes.VITAMIN_K_WARFARIN).precaution());
        assertTrue(entry(FindingCodes.CALCIUM_BELOW_RDA).advice().contains(new Advice(AdviceAction.INCREASE,
                "calcium")));
        assertEquals("IOM 2011", entry(FindingCodes.CALCIUM_BELOW_RDA).sources().get(0).label());
        List<String> order = TestRules.bundled().catalogue().stream().map(CatalogueEntry::code).toList();
        assertEquals(order.stream().sorted().toList(), order, "in order of code");
    }

    @Test
    void anEntryWritesAsJsonWithAnyMapper() throws Exception {
        JsonNode json = new ObjectMapper().valueToTree(entry(FindingCodes.ANTIRESORPTIVE_LOW_CA_D));
        assertEquals("[\"warning\",\"critical\"]", json.get("severities").toString());
        assertEquals("finding", json.get("kind").asText());
        assertEquals(Set.of("code", "kind", "severities", "evidence", "domain", "title", "advice", "sources",
                "precaution"), new TreeSet<>(Arrays.asList(fieldNames(json))));
    }

    private static String[] fieldNames(JsonNode json) {
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names.toArray(String[]::new);
    }
}
