package org.osteorisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;

class RulesCommandTest {

    @TempDir
    Path dir;

    @Test
    void validateAcceptsTheBundledAndTheRepositoryRules() {
        CliRun bundled = CliRun.run("rules", "validate");
        assertEquals(0, bundled.exitCode(), bundled.out() + bundled.err());
        assertTrue(bundled.out().matches("(?s)the bundled rules: osteorisk-core 1\\.0\\.0 \\(\\w+\\) is valid: \\d+ rules "
                + "emitting 54 codes, \\d+ example cases\\n"), bundled.out());
        assertEquals(0, CliRun.run("rules", "validate", "rules").exitCode());
    }

    @Test
    void validateListsEveryProblemAsFileLineColumnMessage() throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        Files.writeString(rules.resolve("bad.drl"), "package org.osteorisk.rules;\nimport org.osteorisk.model.*;\n"
                + "global org.osteorisk.engine.FindingCollector findings;\n"
                + "rule \"Exit\"\n  @code(\"TEST_EXIT\")\nwhen\n  $p : Person()\nthen\n  System.exit(1);\nend\n");
        TestRules.edit(rules.resolve("reference/intakes.csv"), "vitamin_d,IU,any,19,70,400,600,4000",
                "vitamin_d,IU,any,19,70,400,six hundred,4000");
        CliRun run = CliRun.run("rules", "validate", rules.toString());
        assertEquals(3, run.exitCode(), run.out());
        assertTrue(run.out().contains(rules + "/bad.drl:9:3: rule \"Exit\": the action may only report the finding"),
                run.out());
        assertTrue(run.out().contains(rules + "/bad.drl:4:1: rule \"Exit\": missing @severity"), run.out());
        assertTrue(run.out().contains(rules + "/reference/intakes.csv:10:7: rda: not a number"), run.out());
        assertTrue(run.out().contains(": 3 problem(s)"), run.out());
    }

    @Test
    void validateChecksTheExampleCasesToo() throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        Files.writeString(rules.resolve("scenarios/extra.csv"), "id,expect,age\nx1,NO_SUCH_CODE,40\nx2,,forty\n");
        CliRun run = CliRun.run("rules", "validate", rules.toString());
        assertEquals(3, run.exitCode(), run.out());
        assertTrue(run.out().contains("scenarios/extra.csv:2:0: case x1: no rule emits NO_SUCH_CODE"), run.out());
        assertTrue(run.out().contains("scenarios/extra.csv:3:0: case x2: age (column 3): not a whole number"), run.out());
    }

    @Test
    void testReportsEachCaseAndTheDifference() throws IOException {
        CliRun pass = CliRun.run("rules", "test");
        assertEquals(0, pass.exitCode(), pass.out());
        assertTrue(pass.out().contains("PASS ca_below_rda_woman_60 (rules/scenarios/calcium.csv:2)"), pass.out());
        assertTrue(pass.out().matches("(?s).*\\n(\\d+) case\\(s\\): \\1 passed, 0 failed\\n"), pass.out());

        Path rules = TestRules.copy(dir.resolve("rules"));
        TestRules.edit(rules.resolve("reference/intakes.csv"), "calcium,mg,female,51,70,1000,1200,2000",
                "calcium,mg,female,51,70,1000,1100,2000");
        CliRun fail = CliRun.run("rules", "test", "--failures-only", rules.toString());
        assertEquals(3, fail.exitCode(), fail.out());
        assertTrue(fail.out().contains("FAIL ca_below_rda_woman_60 (" + rules + "/scenarios/calcium.csv:2): missing "
                + "CALCIUM_BELOW_RDA; no CALCIUM_BELOW_RDA in the plan whose explanation could say 'Total calcium 1,100 "
                + "mg/day (food 1,100 + supplements 0) is below the 1,200 mg/day recommended for women aged 51-70'; "
                + "produced B12_AGE_50_ABSORPTION"), fail.out());
        assertTrue(fail.out().contains("FAIL paradox_total_at_rda_with_supplement (" + rules
                + "/scenarios/calcium.csv:23): unexpected CALCIUM_PARADOX_RISK; produced "), fail.out());
        assertTrue(fail.out().contains("FAIL ca_women_51_70_below_rda (" + rules + "/scenarios/reference-values.csv:"),
                fail.out());
        assertTrue(!fail.out().contains("PASS "), "--failures-only");
    }

    @Test
    void testWithoutCasesFails() throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        try (var files = Files.list(rules.resolve("scenarios"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        CliRun run = CliRun.run("rules", "test", rules.toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.out().startsWith("no example cases"), run.out());
    }

    @Test
    void listShowsEveryCodeInTextCsvAndJson() throws IOException {
        CliRun text = CliRun.run("rules", "list");
        assertEquals(0, text.exitCode());
        assertTrue(text.out().contains("CALCIUM_BELOW_EAR  [warning | evidence: guideline | calcium]"), text.out());
        assertTrue(text.out().contains("HYPERCALCAEMIA_CA_D_CAUTION  [critical/warning | evidence: guideline | calcium]"),
                text.out());
        assertTrue(text.out().contains("OUT_OF_SCOPE_AGE  [scope notice | evidence: guideline | scope]"), text.out());
        assertTrue(text.out().contains("  rule: rules/calcium.drl:"), text.out());

        CliRun csv = CliRun.run("rules", "list", "--format", "csv");
        List<CsvRecord> records = CsvReader.builder().ofCsvRecord(new StringReader(csv.out())).stream().toList();
        assertEquals(List.of("code", "severity", "evidence", "domain", "title", "advice", "sources", "file", "line", "rule"),
                records.get(0).getFields());
        assertEquals(54, records.stream().skip(1).map(r -> r.getField(0)).distinct().count());
        assertTrue(records.stream().anyMatch(r -> r.getField(0).equals("VITAMIN_K_WARFARIN")
                && r.getField(5).equals("keep_steady vitamin_k; keep_steady vitamin_k_supplement; review anticoagulant")
                && r.getField(6).equals("lurie_2010_warfarin_vitamin_k; nih_ods_vitamin_k")), csv.out());

        JsonNode json = new ObjectMapper().readTree(CliRun.run("rules", "list", "-f", "json").out());
        assertEquals("osteorisk-core", json.get("rule_set").asText());
        assertEquals(records.size() - 1, json.get("rules").size());
        JsonNode first = null;
        for (JsonNode rule : json.get("rules")) {
            if (rule.get("code").asText().equals("CALCIUM_BELOW_RDA")) {
                first = rule;
            }
        }
        assertTrue(first != null && first.get("sources").get(0).get("citation").asText()
                .contains("Dietary Reference Intakes"), json.toString());
        assertEquals("increase", first.get("advice").get(0).get("action").asText(), first.toString());
        assertEquals(10, json.get("precautions").size(), "one per row of precautions.csv");
    }

    @Test
    void explainShowsMeaningThresholdsFromTheDataSourcesAndEvidence() {
        CliRun run = CliRun.run("explain", "vitamin_d_lab_inadequate");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("VITAMIN_D_LAB_INADEQUATE: Vitamin D inadequate in the blood test\n"
                + "Domain: vitamin_d | Severity: warning | Evidence: guideline"), run.out());
        assertTrue(run.out().contains("(12 to below 20 ng/mL)"), run.out());
        assertTrue(run.out().contains("serum_25ohd_inadequate_below = 20 ng/mL"), run.out());
        assertTrue(run.out().contains("serum_25ohd_deficient_below = 12 ng/mL"), run.out());
        assertTrue(run.out().contains("Institute of Medicine; Ross AC, Taylor CL, Yaktine AL, Del Valle HB (eds) (2011). "
                + "Dietary Reference Intakes for Calcium and Vitamin D."), run.out());
        assertTrue(run.out().contains("Advice (what the recommendation asks for): increase vitamin_d; test serum_25ohd"),
                run.out());
        assertTrue(run.out().contains("Outranked by VITAMIN_D_LAB_HIGH when both apply"), run.out());

        CliRun calcium = CliRun.run("explain", "CALCIUM_BELOW_RDA");
        assertTrue(calcium.out().contains("calcium reference intakes (intakes.csv):"), calcium.out());
        assertTrue(calcium.out().matches("(?s).*women aged 51-70\\s+1,000\\s+1,200\\s+2,000\\s+IOM 2011.*"),
                calcium.out());
    }

    @Test
    void explainReadsEditedThresholds() {
        Path rules = TestRules.copy(dir.resolve("rules"));
        TestRules.edit(rules.resolve("reference/thresholds.csv"), "soda_per_day_min,1,", "soda_per_day_min,2,");
        CliRun run = CliRun.run("explain", "SODA_MINERAL_LOSS", "--rules", rules.toString());
        assertTrue(run.out().contains("soda_per_day_min = 2 drinks/day"), run.out());
    }

    @Test
    void explainAnUnknownCodeSuggestsTheClosest() {
        CliRun run = CliRun.run("explain", "CALCIUM_BELOW_RAD");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown code CALCIUM_BELOW_RAD; did you mean CALCIUM_BELOW_RDA?"), run.err());
    }
}
