package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osteorisk.TestRules;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.DoseUnit;
import org.osteorisk.model.Finding;
import org.osteorisk.model.Frequency;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
import org.osteorisk.model.Severity;
import org.osteorisk.model.Sex;
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
                + "women aged 51-70 (NIH ODS).", rda.explanation());
        assertEquals("calcium", rda.domain());
        assertEquals("Calcium below the RDA", rda.rule());
        assertTrue(rda.sources().stream().anyMatch(s -> s.startsWith("seed 001")), rda.sources().toString());
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
    void severityOfCalciumBelowEarDependsOnBoneStatus() {
        Profile plain = woman(60).intake(Nutrient.CALCIUM, 900.0).build();
        assertEquals(Severity.WARNING, finding(assessor.assess(plain), "CALCIUM_BELOW_EAR").severity());
        Profile osteopenia = plain.toBuilder().tScore(-1.5).build();
        Finding critical = finding(assessor.assess(osteopenia), "CALCIUM_BELOW_EAR");
        assertEquals(Severity.CRITICAL, critical.severity());
        assertTrue(critical.explanation().contains("with osteopenia (T-score -1.5)"), critical.explanation());
    }

    @Test
    void magnesiumBelowEarIsCriticalAfterMenopause() {
        Profile before = woman(50).intake(Nutrient.MAGNESIUM, 200.0).postmenopausal(false).build();
        assertEquals(Severity.WARNING, finding(assessor.assess(before), "MAGNESIUM_BELOW_EAR").severity());
        Profile after = before.toBuilder().postmenopausal(true).build();
        assertEquals(Severity.CRITICAL, finding(assessor.assess(after), "MAGNESIUM_BELOW_EAR").severity());
    }

    @Test
    void findingsComeMostSevereFirstThenByCode() {
        AssessmentResult result = assessor.assess(woman(72).weightKg(50.0).postmenopausal(true).smoker(true)
                .intake(Nutrient.CALCIUM, 400.0).intake(Nutrient.VITAMIN_D, 200.0).intake(Nutrient.MAGNESIUM, 150.0)
                .condition("osteoporosis").serum25ohdNgMl(9.0).build());
        List<Finding> sorted = new ArrayList<>(result.findings());
        sorted.sort(Finding.ORDER);
        assertEquals(sorted, result.findings());
        assertEquals(Severity.CRITICAL, result.findings().get(0).severity());
        assertEquals(Severity.INFO, result.findings().get(result.findings().size() - 1).severity());
        assertTrue(result.findings().size() > 8, result.codes().toString());
    }

    @Test
    void unknownValuesNeverFireAndAreListedAsNotAssessed() {
        AssessmentResult result = assessor.assess(Profile.builder("only-id").build());
        assertEquals(List.of(), result.findings());
        assertEquals(List.of("calcium", "magnesium", "vitamin_d", "vitamin_b12", "vitamin_k"), result.notAssessed());
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("age unknown")), result.warnings().toString());
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
    void outOfScopeProfilesGetOnlyTheOutOfScopeFinding() {
        Profile teenager = Profile.builder("teen").age(16).sex(Sex.MALE).smoker(true).weightKg(50.0)
                .intake(Nutrient.CALCIUM, 100.0).intake(Nutrient.VITAMIN_D, 10.0).exerciseMinPerWeek(0.0).build();
        AssessmentResult result = assessor.assess(teenager);
        assertEquals(List.of("OUT_OF_SCOPE_AGE"), result.codes());
        assertEquals(5, result.notAssessed().size());
        Profile pregnant = woman(30).pregnant(true).smoker(true).intake(Nutrient.CALCIUM, 100.0).build();
        assertEquals(List.of("OUT_OF_SCOPE_PREGNANCY"), assessor.assess(pregnant).codes());
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
        AssessmentResult result = assessor.assess(woman(40).medication("xyzzolol").condition("gout").build());
        assertTrue(result.warnings().contains("medication not recognised, so no rule uses it: xyzzolol"));
        assertTrue(result.warnings().contains("condition not recognised, so no rule uses it: gout"));
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
