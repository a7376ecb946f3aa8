package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osteorisk.TestRules;
import org.osteorisk.model.Advice;
import org.osteorisk.model.AdviceAction;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.AssessmentStatus;
import org.osteorisk.model.DoseUnit;
import org.osteorisk.model.Finding;
import org.osteorisk.model.InputWarning;
import org.osteorisk.model.Frequency;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
import org.osteorisk.model.Severity;
import org.osteorisk.model.Sex;
import org.osteorisk.model.Source;
import org.osteorisk.model.Supplement;

class AssessorTest {

    private final Assessor assessor = TestRules.assessor();

    private static Profile.Builder woman(int age) {
        return Profile.builder("p-" + age).age(age).sex(Sex.FEMALE);
    }

    private static Finding finding(AssessmentResult result, String code) {
        return result.findings().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + result.codes()));
    }

    @Test
    void explanationQuotesThePersonsNumbersTheThresholdAndItsSource() {
        AssessmentResult result = assessor.assess(woman(63).intake(Nutrient.CALCIUM, 700.0).build());
        Finding rda = finding(result, "CALCIUM_BELOW_RDA");
        assertEquals("Total calcium 700 mg/day (food 700 + supplements 0) is below the 1,200 mg/day recommended for "
                + "women aged 51-70 (IOM 2011).", rda.explanation());
        assertEquals("calcium", rda.domain());
        assertEquals("Calcium below the RDA", rda.rule());
        Source iom = rda.sources().get(0);
        assertEquals("iom_2011_calcium_vitamin_d", iom.key());
        assertEquals("https://doi.org/10.17226/13050", iom.url());
        assertTrue(iom.citation().contains("(2011). Dietary Reference Intakes for Calcium and Vitamin D."),
                iom.citation());
        assertEquals(List.of(new Advice(AdviceAction.INCREASE, "calcium"),
                new Advice(AdviceAction.INCREASE, "calcium_supplement")), rda.advice());
        Finding ear = finding(result, "CALCIUM_BELOW_EAR");
        assertTrue(ear.explanation().contains("below 1,000 mg/day, the Estimated Average Requirement for women aged"
                + " 51-70, the level at which intake is likely inadequate"), ear.explanation());
    }

    @Test
    void supplementsAddToFoodAsDailyAmounts() {
        AssessmentResult result = assessor.assess(woman(63).intake(Nutrient.CALCIUM, 500.0)
                .supplement(new Supplement(Nutrient.CALCIUM, "carbonate", 2100, DoseUnit.MG, Frequency.WEEK)).build());
        assertTrue(finding(result, "CALCIUM_BELOW_RDA").explanation()
                .startsWith("Total calcium 800 mg/day (food 500 + supplements 300)"));
    }

    @Test
    void anIntakeShortfallIsAWarningEvenWithLowBoneDensityButItsExplanationSaysWhy() {
        Profile plain = woman(60).intake(Nutrient.CALCIUM, 900.0).build();
        Finding withoutBoneDisease = finding(assessor.assess(plain), "CALCIUM_BELOW_EAR");
        assertEquals(Severity.WARNING, withoutBoneDisease.severity());
        assertFalse(withoutBoneDisease.explanation().contains("osteopenia"), withoutBoneDisease.explanation());
        Profile osteopenia = plain.toBuilder().tScore(-1.5).build();
        Finding withBoneDisease = finding(assessor.assess(osteopenia), "CALCIUM_BELOW_EAR");
        assertEquals(Severity.WARNING, withBoneDisease.severity());
        assertTrue(withBoneDisease.explanation().contains("with osteopenia (T-score -1.5)"),
                withBoneDisease.explanation());
        assertTrue(withBoneDisease.advice().contains(new Advice(AdviceAction.REVIEW, "calcium")));
    }

    @Test
    void magnesiumBelowEarAfterMenopauseIsAWarningThatNamesMenopause() {
        Profile before = woman(50).intake(Nutrient.MAGNESIUM, 200.0).postmenopausal(false).build();
        Finding beforeMenopause = finding(assessor.assess(before), "MAGNESIUM_BELOW_EAR");
        assertEquals(Severity.WARNING, beforeMenopause.severity());
        Profile after = before.toBuilder().postmenopausal(true).build();
        Finding afterMenopause = finding(assessor.assess(after), "MAGNESIUM_BELOW_EAR");
        assertEquals(Severity.WARNING, afterMenopause.severity());
        assertTrue(afterMenopause.explanation().contains("after menopause"), afterMenopause.explanation());
        assertFalse(beforeMenopause.explanation().contains("after menopause"), beforeMenopause.explanation());
    }

    @Test
    void findingsComeMostSevereFirstThenByCode() {
        AssessmentResult result = assessor.assess(woman(72).weightKg(50.0).postmenopausal(true).smoker(true)
                .intake(Nutrient.CALCIUM, 400.0).intake(Nutrient.VITAMIN_D, 200.0).intake(Nutrient.MAGNESIUM, 150.0)
                .condition("osteoporosis").serum25ohdNgMl(9.0).build());
        List<Finding> findings = result.findings();
        // Written out by hand: the one critical finding, the warnings by code, then the notes.
        assertEquals(List.of("VITAMIN_D_LAB_DEFICIENT", "CALCIUM_BELOW_EAR", "CALCIUM_BELOW_RDA", "ELDERLY_FALLS_CA_D",
                "MAGNESIUM_BELOW_EAR", "MAGNESIUM_BELOW_RDA", "POSTMENOPAUSAL_NO_CA_D", "SMOKING",
                "VITAMIN_D_BELOW_800_BONE_DISEASE", "VITAMIN_D_BELOW_RDA", "B12_AGE_50_ABSORPTION", "MENOPAUSE_BONE_LOSS",
                "OST_MODERATE_RISK"), result.codes());
        assertEquals(Severity.CRITICAL, findings.get(0).severity());
        assertEquals(Severity.INFO, findings.get(findings.size() - 1).severity());
        // Checked pair by pair against the documented order, not against the comparator that produced it.
        for (int i = 1; i < findings.size(); i++) {
            Finding before = findings.get(i - 1);
            Finding after = findings.get(i);
            int severity = before.severity().ordinal() - after.severity().ordinal();
            assertTrue(severity > 0 || (severity == 0 && before.code().compareTo(after.code()) < 0),
                    before.code() + " before " + after.code());
        }
    }

    @Test
    void unknownValuesNeverFireAndAreListedAsNotAssessed() {
        AssessmentResult result = assessor.assess(Profile.builder("only-id").build());
        assertEquals(List.of(), result.findings());
        assertEquals(List.of("calcium", "magnesium", "vitamin_d", "vitamin_b12", "vitamin_k"), result.notAssessed());
        assertTrue(result.warnings().contains(new InputWarning(InputWarning.Code.AGE_UNKNOWN, "age", null, null,
                "age unknown: adult reference values were used where they do not depend on age")),
                result.warnings().toString());
    }

    @Test
    void ageUnknownStillAssessesWhatDoesNotDependOnAge() {
        AssessmentResult result = assessor.assess(Profile.builder("no-age").sex(Sex.FEMALE)
                .intake(Nutrient.VITAMIN_B12, 1.0).intake(Nutrient.CALCIUM, 500.0).build());
        assertTrue(result.has("B12_BELOW_RDA"), result.codes().toString());
        assertFalse(result.has("CALCIUM_BELOW_RDA"), "calcium's RDA depends on age");
        assertTrue(result.notAssessed().contains("calcium"));
        assertFalse(result.notAssessed().contains("vitamin_b12"));
    }

    @Test
    void outOfScopeProfilesGetAScopeStatusAndNoFindings() {
        Profile teenager = Profile.builder("teen").age(16).sex(Sex.MALE).smoker(true).weightKg(50.0)
                .intake(Nutrient.CALCIUM, 100.0).intake(Nutrient.VITAMIN_D, 10.0).exerciseMinPerWeek(0.0).build();
        AssessmentResult result = assessor.assess(teenager);
        assertEquals(AssessmentStatus.OUT_OF_SCOPE, result.status());
        assertEquals("OUT_OF_SCOPE_AGE", result.scope().code());
        assertTrue(result.scope().reason().startsWith("At age 16 the adult reference intakes do not apply"),
                result.scope().reason());
        assertEquals(List.of(), result.findings());
        assertEquals(5, result.notAssessed().size());
        Profile pregnant = woman(30).pregnant(true).smoker(true).intake(Nutrient.CALCIUM, 100.0).build();
        AssessmentResult pregnancy = assessor.assess(pregnant);
        assertEquals("OUT_OF_SCOPE_PREGNANCY", pregnancy.scope().code());
        assertEquals(List.of(), pregnancy.findings());
        assertEquals(AssessmentStatus.OK, assessor.assess(woman(30).intake(Nutrient.CALCIUM, 100.0).build()).status());
    }

    @Test
    void oneFindingPerCodeEvenWhenSeveralFactsMatch() {
        AssessmentResult result = assessor.assess(woman(40)
                .supplement(new Supplement(Nutrient.MAGNESIUM, "oxide", 100, DoseUnit.MG, Frequency.DAY))
                .supplement(new Supplement(Nutrient.MAGNESIUM, "magnesium oxide", 100, DoseUnit.MG, Frequency.DAY))
                .condition("ra").condition("crohns").build());
        assertEquals(1, result.codes().stream().filter("MAGNESIUM_POORLY_ABSORBED_FORM"::equals).count());
        Finding inflammation = finding(result, "CHRONIC_INFLAMMATION");
        assertTrue(inflammation.explanation().startsWith("rheumatoid arthritis, ibd is a chronic"),
                inflammation.explanation());
    }

    @Test
    void unrecognisedMedicationsAndConditionsAreReportedNotDropped() {
        AssessmentResult result = assessor.assess(woman(40).medication("omeprazole").medication("xyzzolol")
                .condition("gout").build());
        assertEquals(List.of(
                new InputWarning(InputWarning.Code.TERM_NOT_RECOGNISED, "conditions", 1, "name",
                        "condition 1 not recognised, so no rule uses it"),
                new InputWarning(InputWarning.Code.TERM_NOT_RECOGNISED, "medications", 2, "name",
                        "medication 2 not recognised, so no rule uses it")), result.warnings());
        assertFalse(result.warnings().toString().contains("xyzzolol"), "a warning never quotes the value");
    }

    @Test
    void resultsCarryTheRuleSetThatMadeThem() {
        AssessmentResult result = assessor.assess(woman(40).build());
        assertEquals("osteorisk-core", result.ruleSet().name());
        assertEquals(TestRules.bundled().info(), result.ruleSet());
        assertEquals(12, result.ruleSet().fingerprint().length());
    }

    @Test
    void batchesGiveTheSameResultsAsOneAtATime() {
        List<Profile> profiles = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            profiles.add(Profile.builder("b" + (i % 140)).age(19 + i % 70).sex(i % 2 == 0 ? Sex.FEMALE : Sex.MALE)
                    .weightKg(45.0 + i % 40).intake(Nutrient.CALCIUM, 300.0 + 10 * i)
                    .intake(Nutrient.VITAMIN_K, 40.0 + i).smoker(i % 3 == 0)
                    .supplement(Supplement.daily(Nutrient.CALCIUM, i * 10, DoseUnit.MG)).build());
        }
        List<AssessmentResult> batched = Assessor.create(TestRules.bundled(), 32).assessAll(profiles);
        assertEquals(profiles.size(), batched.size());
        for (int i = 0; i < profiles.size(); i++) {
            assertEquals(assessor.assess(profiles.get(i)), batched.get(i), "profile " + i);
        }
    }
}
