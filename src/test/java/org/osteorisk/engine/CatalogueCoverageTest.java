package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osteorisk.TestRules;
import org.osteorisk.authoring.Scenario;
import org.osteorisk.authoring.Scenarios;
import org.osteorisk.model.Evidence;
import org.osteorisk.model.Severity;

/** The rule catalogue is the contract: every code, with its severity and evidence, is in the bundled rules. */
class CatalogueCoverageTest {

    /** Code, severities allowed, evidence: transcribed from the rule catalogue. */
    private static final Map<String, String> CATALOGUE = Map.ofEntries(
            Map.entry("CALCIUM_BELOW_RDA", "warning/guideline"),
            Map.entry("CALCIUM_BELOW_EAR", "critical,warning/guideline"),
            Map.entry("CALCIUM_ABOVE_UL", "warning/guideline"),
            Map.entry("CALCIUM_PARADOX_RISK", "warning/study"),
            Map.entry("CALCIUM_PARADOX_CKD", "critical/study"),
            Map.entry("CALCIUM_WITHOUT_VITAMIN_D", "warning/guideline"),
            Map.entry("VITAMIN_D_BELOW_RDA", "warning/guideline"),
            Map.entry("VITAMIN_D_BELOW_800_BONE_DISEASE", "critical/guideline"),
            Map.entry("VITAMIN_D_ABOVE_UL", "warning/guideline"),
            Map.entry("VITAMIN_D_ANNUAL_BOLUS", "warning/study"),
            Map.entry("VITAMIN_D_LAB_DEFICIENT", "critical/guideline"),
            Map.entry("VITAMIN_D_LAB_INADEQUATE", "warning/guideline"),
            Map.entry("VITAMIN_D_LAB_HIGH", "warning/guideline"),
            Map.entry("POSTMENOPAUSAL_NO_CA_D", "warning/guideline"),
            Map.entry("GLUCOCORTICOID_CA_D", "critical/guideline"),
            Map.entry("ELDERLY_FALLS_CA_D", "warning/guideline"),
            Map.entry("VITAMIN_D_WITHOUT_K2", "info/opinion"),
            Map.entry("MAGNESIUM_BELOW_RDA", "warning/guideline"),
            Map.entry("MAGNESIUM_BELOW_EAR", "critical,warning/study"),
            Map.entry("MAGNESIUM_LIMITS_VITAMIN_D", "warning/study"),
            Map.entry("MAGNESIUM_SUPPLEMENT_ABOVE_UL", "warning/guideline"),
            Map.entry("CALCIUM_MAGNESIUM_RATIO_HIGH", "info/opinion"),
            Map.entry("MAGNESIUM_POORLY_ABSORBED_FORM", "info/study"),
            Map.entry("SODA_MINERAL_LOSS", "warning/opinion"),
            Map.entry("B12_BELOW_RDA", "warning/study"),
            Map.entry("B12_PLANT_BASED_NO_SUPPLEMENT", "warning/guideline"),
            Map.entry("B12_AGE_50_ABSORPTION", "info/guideline"),
            Map.entry("B12_ELDERLY_MALE_FRACTURE", "warning/study"),
            Map.entry("B12_LAB_DEFICIENT", "critical/study"),
            Map.entry("B12_LAB_BORDERLINE", "warning/guideline"),
            Map.entry("HOMOCYSTEINE_HIGH", "warning/study"),
            Map.entry("B12_DRUG_DEPLETION", "warning/guideline"),
            Map.entry("B12_FORM_NOTE", "info/opinion"),
            Map.entry("VITAMIN_K_BELOW_AI", "warning/study"),
            Map.entry("VITAMIN_K_WARFARIN", "critical/guideline"),
            Map.entry("CKD_BONE_VASCULAR", "warning/study"),
            Map.entry("DIABETES_BONE_VASCULAR", "info/study"),
            Map.entry("MENOPAUSE_BONE_LOSS", "info/guideline"),
            Map.entry("SMOKING", "warning/guideline"),
            Map.entry("SEDENTARY", "warning/guideline"),
            Map.entry("HIGH_IMPACT_WITH_OSTEOPOROSIS", "warning/opinion"),
            Map.entry("CHRONIC_INFLAMMATION", "info/study"),
            Map.entry("OST_HIGH_RISK", "warning/guideline"),
            Map.entry("OST_MODERATE_RISK", "info/guideline"),
            Map.entry("OUT_OF_SCOPE_AGE", "critical/guideline"),
            Map.entry("OUT_OF_SCOPE_PREGNANCY", "critical/guideline"));

    @Test
    void everyCatalogueCodeHasARuleWithTheCatalogueSeverityAndEvidence() {
        RuleSet rules = TestRules.bundled();
        CATALOGUE.forEach((code, spec) -> {
            List<FindingDefinition> definitions = rules.definitionsOf(code);
            assertTrue(!definitions.isEmpty(), "no rule emits " + code);
            String[] parts = spec.split("/");
            Set<Severity> allowed = Set.of(parts[0].split(",")).stream().map(Severity::parse).collect(Collectors.toSet());
            Set<Severity> used = definitions.stream().map(FindingDefinition::severity).collect(Collectors.toSet());
            assertEquals(allowed, used, code + " severities");
            definitions.forEach(d -> assertEquals(Evidence.parse(parts[1]), d.evidence(), code + " evidence"));
        });
    }

    @Test
    void theRuleSetEmitsNoCodeOutsideTheCatalogue() {
        Set<String> codes = TestRules.bundled().definitions().stream().map(FindingDefinition::code)
                .collect(Collectors.toCollection(TreeSet::new));
        codes.removeAll(CATALOGUE.keySet());
        assertEquals(Set.of(), codes, "codes not in the catalogue need a catalogue entry and tests");
    }

    @Test
    void everyCodeHasAnExampleCaseThatFiresItAndOneThatShowsItSilent() {
        List<Scenario> scenarios = Scenarios.of(TestRules.bundled());
        for (String code : CATALOGUE.keySet()) {
            assertTrue(scenarios.stream().anyMatch(s -> s.expect().contains(code)), "no case fires " + code);
            assertTrue(scenarios.stream().anyMatch(s -> s.expectNot().contains(code)),
                    "no case shows " + code + " silent just past its threshold");
        }
    }
}
