package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;
import org.osteorisk.authoring.Scenario;
import org.osteorisk.authoring.Scenarios;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Profile;
import org.osteorisk.model.Severity;
import org.osteorisk.model.Sex;

/**
 * Variants of a rule set (mutants) reuse the original's compiled rules when only data or metadata differ, and are
 * compiled when a condition differs; either way they behave exactly as the same folder loaded on its own.
 */
class RuleSetVariantsTest {

    @TempDir
    Path dir;

    private static final Profile SODA_1_5 = Profile.builder("s").age(40).sex(Sex.MALE).sodaPerDay(1.5).build();

    @Test
    void theOriginalWithThresholdsReadAtRunTimeAgreesWithTheOriginalWithThemInlined() {
        RuleSetVariants variants = new RuleSetVariants(TestRules.FOLDER, "rules");
        Assessor viaGlobal = Assessor.create(variants.original());
        Assessor inlined = Assessor.create(RuleSet.load(TestRules.FOLDER));
        List<Profile> profiles = new ArrayList<>(ConcurrentAssessmentTest.varied(200));
        for (Scenario s : Scenarios.of(TestRules.bundled(), TestRules.FOLDER)) {
            profiles.add(s.profile());
        }
        List<AssessmentResult> expected = inlined.assessAll(profiles);
        List<AssessmentResult> actual = viaGlobal.assessAll(profiles);
        for (int i = 0; i < profiles.size(); i++) {
            assertEquals(expected.get(i).findings(), actual.get(i).findings(), profiles.get(i).id());
            assertEquals(expected.get(i).suppressed(), actual.get(i).suppressed(), profiles.get(i).id());
        }
    }

    @Test
    void aThresholdVariantReusesTheCompiledRulesAndUsesItsOwnValue() {
        Path original = TestRules.copy(dir.resolve("original"));
        RuleSetVariants variants = new RuleSetVariants(original, "rules");
        Path variant = TestRules.copy(dir.resolve("variant"));
        TestRules.edit(variant.resolve("reference/thresholds.csv"), "soda_per_day_min,1,", "soda_per_day_min,2,");
        RuleSet loaded = variants.load(variant);
        assertEquals(0, variants.compiledVariants(), "only data changed");
        assertTrue(Assessor.create(variants.original()).assess(SODA_1_5).has("SODA_MINERAL_LOSS"));
        assertFalse(Assessor.create(loaded).assess(SODA_1_5).has("SODA_MINERAL_LOSS"));
        assertFalse(Assessor.create(RuleSet.load(variant)).assess(SODA_1_5).has("SODA_MINERAL_LOSS"),
                "the same as the folder loaded on its own");
    }

    @Test
    void aMetadataVariantReusesTheCompiledRulesAndReportsItsOwnMetadata() {
        RuleSetVariants variants = new RuleSetVariants(TestRules.copy(dir.resolve("original")), "rules");
        Path variant = TestRules.copy(dir.resolve("variant"));
        TestRules.edit(variant.resolve("lifestyle.drl"), "@code(\"SODA_MINERAL_LOSS\")\n    @severity(\"warning\")",
                "@code(\"SODA_MINERAL_LOSS\")\n    @severity(\"critical\")");
        AssessmentResult result = Assessor.create(variants.load(variant)).assess(SODA_1_5);
        assertEquals(0, variants.compiledVariants(), "only metadata changed");
        assertEquals(Severity.CRITICAL, result.findings().stream().filter(f -> f.code().equals("SODA_MINERAL_LOSS"))
                .findFirst().orElseThrow().severity());
    }

    @Test
    void aConditionVariantIsCompiledOnItsOwn() {
        RuleSetVariants variants = new RuleSetVariants(TestRules.copy(dir.resolve("original")), "rules");
        Path variant = TestRules.copy(dir.resolve("variant"));
        TestRules.edit(variant.resolve("lifestyle.drl"), "sodaPerDay >= thresholds", "sodaPerDay < thresholds");
        RuleSet loaded = variants.load(variant);
        assertEquals(1, variants.compiledVariants());
        assertFalse(Assessor.create(loaded).assess(SODA_1_5).has("SODA_MINERAL_LOSS"));
        assertTrue(Assessor.create(loaded).assess(SODA_1_5.toBuilder().sodaPerDay(0.5).build())
                .has("SODA_MINERAL_LOSS"));
    }

    @Test
    void aVariantThatDoesNotLoadIsRefusedWithProblemsNamedAsTheOriginalsFiles() throws Exception {
        RuleSetVariants variants = new RuleSetVariants(TestRules.copy(dir.resolve("original")), "rules");
        Path variant = TestRules.copy(dir.resolve("variant"));
        TestRules.edit(variant.resolve("reference/intakes.csv"), "calcium,mg,any,19,50,800,1000,2500",
                "calcium,mg,any,19,51,800,1000,2500");
        Files.delete(variant.resolve("scenarios/calcium.csv"));
        RuleSetException e = assertThrows(RuleSetException.class, () -> variants.load(variant));
        assertEquals("rules/reference/intakes.csv:7:4: age_from: this band overlaps an earlier calcium band "
                + "(adults aged 19-51)", e.problems().get(0).toString());
    }
}
