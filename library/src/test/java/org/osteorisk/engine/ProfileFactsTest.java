package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osteorisk.TestRules;
import org.osteorisk.model.BoneStatus;
import org.osteorisk.model.Condition;
import org.osteorisk.model.DoseUnit;
import org.osteorisk.model.Frequency;
import org.osteorisk.model.Intake;
import org.osteorisk.model.Medication;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Person;
import org.osteorisk.model.Profile;
import org.osteorisk.model.Sex;
import org.osteorisk.model.Supplement;
import org.osteorisk.model.SupplementUse;

/** The facts derived from a profile before any rule runs: what the rules see. */
class ProfileFactsTest {

    private static ProfileFacts facts(Profile profile) {
        return new ProfileFacts(profile, TestRules.bundled().reference());
    }

    private static Profile.Builder woman(int age) {
        return Profile.builder("f").age(age).sex(Sex.FEMALE);
    }

    /** Each warning as code, field, place, kind of value and message. */
    private static List<String> warnings(ProfileFacts facts) {
        return facts.warnings().stream().map(w -> w.code() + " " + w.field()
                + (w.index() == null ? "" : "[" + w.index() + "]")
                + (w.valueKind() == null ? "" : " " + w.valueKind()) + ": " + w.message()).toList();
    }

    @Test
    void theOstIndexIsTruncatedTowardZeroAndUnknownWithoutWeightOrAge() {
        assertEquals(-2, facts(woman(60).weightKg(50.0).build()).person().ostIndex());
        assertEquals(-4, facts(woman(75).weightKg(50.5).build()).person().ostIndex(), "-4.9");
        assertEquals(0, facts(woman(64).weightKg(59.5).build()).person().ostIndex(), "-0.9");
        assertEquals(3, facts(woman(70).weightKg(85.0).build()).person().ostIndex());
        assertEquals(1, facts(woman(70).weightKg(79.9).build()).person().ostIndex(), "1.98");
        assertNull(facts(woman(70).build()).person().ostIndex());
        assertNull(facts(Profile.builder("x").weightKg(70.0).build()).person().ostIndex());
    }

    @Test
    void boneStatusComesFromADiagnosisOrTheTScore() {
        assertEquals(BoneStatus.OSTEOPOROSIS, facts(woman(60).condition("osteoporosis").build()).person().boneStatus());
        assertEquals(BoneStatus.OSTEOPOROSIS, facts(woman(60).tScore(-2.5).build()).person().boneStatus());
        assertEquals(BoneStatus.OSTEOPENIA, facts(woman(60).tScore(-2.4).build()).person().boneStatus());
        assertEquals(BoneStatus.OSTEOPENIA, facts(woman(60).tScore(-1.1).build()).person().boneStatus());
        assertEquals(BoneStatus.NORMAL, facts(woman(60).tScore(-1.0).build()).person().boneStatus());
        assertEquals(BoneStatus.NORMAL, facts(woman(60).tScore(0.5).build()).person().boneStatus());
        assertEquals(BoneStatus.OSTEOPENIA, facts(woman(60).condition("osteopenia").tScore(0.5).build()).person()
                .boneStatus(), "a diagnosis counts whatever the T-score");
        assertEquals(BoneStatus.UNKNOWN, facts(woman(60).build()).person().boneStatus());
        Person osteopenia = facts(woman(60).tScore(-2.0).build()).person();
        assertTrue(osteopenia.lowBoneDensity());
        assertFalse(osteopenia.osteoporosis());
    }

    @Test
    void menopauseCountsForWomenOnlyWithAWarningForAMan() {
        ProfileFacts man = facts(Profile.builder("m").age(60).sex(Sex.MALE).postmenopausal(true).build());
        assertFalse(man.person().postmenopausal());
        assertEquals(List.of("MENOPAUSAL_MALE_IGNORED menopausal: menopausal is yes for a man: ignored"), warnings(man));
        ProfileFacts woman = facts(woman(60).postmenopausal(true).build());
        assertTrue(woman.person().postmenopausal());
        assertEquals(List.of(), woman.warnings());
        assertEquals(List.of(), facts(Profile.builder("m").age(60).sex(Sex.MALE).postmenopausal(false).build())
                .warnings());
        assertTrue(facts(Profile.builder("u").age(60).postmenopausal(true).build()).person().postmenopausal(),
                "sex unknown: taken as reported");
    }

    @Test
    void unknownFlagsAreFalse() {
        Person person = facts(Profile.builder("x").build()).person();
        assertFalse(person.pregnant() || person.lactating() || person.postmenopausal() || person.highImpactExercise()
                || person.smoker());
    }

    @Test
    void intakesCarryTheBandsValuesAndNameWhatIsNotAssessed() {
        ProfileFacts facts = facts(woman(60).intake(Nutrient.CALCIUM, 700.0).intake(Nutrient.VITAMIN_K, 50.0).build());
        Intake calcium = facts.intake(Nutrient.CALCIUM);
        assertEquals(new Intake("f", Nutrient.CALCIUM, 700.0, 0.0, 700.0, 1200.0, 1000.0, 2000.0, false), calcium);
        Intake vitaminK = facts.intake(Nutrient.VITAMIN_K);
        assertNull(vitaminK.ear());
        assertNull(vitaminK.ul());
        assertEquals(90.0, vitaminK.rda());
        assertEquals(List.of("magnesium", "vitamin_d", "vitamin_b12"), facts.notAssessed(), "food unknown");
        assertEquals("women aged 51-70", facts.band(Nutrient.CALCIUM).orElseThrow().group());
        Intake unknownFood = facts.intake(Nutrient.MAGNESIUM);
        assertNull(unknownFood.dietary());
        assertNull(unknownFood.total());
        assertEquals(320.0, unknownFood.rda());
    }

    @Test
    void aChildHasNoBandAndNothingIsAssessed() {
        ProfileFacts child = facts(Profile.builder("c").age(10).sex(Sex.MALE).intake(Nutrient.CALCIUM, 500.0).build());
        assertTrue(child.band(Nutrient.CALCIUM).isEmpty());
        assertNull(child.intake(Nutrient.CALCIUM).rda());
        assertEquals(5, child.notAssessed().size());
    }

    @Test
    void anRdaThatDependsOnUnknownAgeOrSexIsNotAssessedAndSaysWhy() {
        ProfileFacts facts = facts(Profile.builder("n").sex(Sex.FEMALE).intake(Nutrient.CALCIUM, 700.0)
                .intake(Nutrient.VITAMIN_B12, 2.0).build());
        assertTrue(facts.notAssessed().contains("calcium"));
        assertFalse(facts.notAssessed().contains("vitamin_b12"), "the B12 RDA is the same at every adult age");
        assertEquals(List.of("AGE_UNKNOWN age: age unknown: adult reference values were used where they do not depend "
                        + "on age", "REFERENCE_NEEDS_AGE_AND_SEX calcium_mg: calcium not assessed against its RDA: the RDA "
                        + "depends on age and sex, which are not both known"), warnings(facts));
    }

    @Test
    void conditionsMedicationsAndSupplementsAreNamedAsTheRulesKnowThem() {
        ProfileFacts facts = facts(woman(60).condition("Chronic Kidney Disease").condition("gout")
                .medication(" Warfarin ").medication("xyzzolol")
                .supplement(new Supplement(Nutrient.VITAMIN_K, "MK7", 90, DoseUnit.MCG, Frequency.DAY))
                .supplement(new Supplement(Nutrient.CALCIUM, "calcium citrate", 3500, DoseUnit.MG, Frequency.WEEK))
                .build());
        assertEquals(List.of(new Condition("f", "ckd", true), new Condition("f", "gout", false)), facts.conditions());
        assertEquals(List.of(new Medication("f", "warfarin", "vitamin_k_antagonist"),
                new Medication("f", "xyzzolol", null)), facts.medications());
        assertEquals(List.of(new SupplementUse("f", Nutrient.VITAMIN_K, "k2", 90.0, Frequency.DAY),
                new SupplementUse("f", Nutrient.CALCIUM, "citrate", 500.0, Frequency.WEEK)), facts.supplements());
        // Which term was not recognised is said by its place, never by its value.
        assertEquals(List.of("TERM_NOT_RECOGNISED conditions[2] name: condition 2 not recognised, so no rule uses it",
                "TERM_NOT_RECOGNISED medications[2] name: medication 2 not recognised, so no rule uses it"),
                warnings(facts));
        // One person, five intakes, two supplements, two conditions, two medications.
        assertEquals(12, facts.facts().size());
        assertEquals(facts.person(), facts.facts().get(0));
    }

    /**
     * "Low" (what advice marked if-low and the {@code low_nutrients} variable use): total intake below the RDA, or for
     * vitamin D a serum 25(OH)D below serum_25ohd_inadequate_below (20 ng/mL, IOM 2011); at the value it is not low.
     * Calcium RDA for women 51-70: 1,200 mg (IOM 2011).
     */
    @Test
    void aNutrientIsLowJustBelowItsRdaOrTheSerumCutOffAndNotAtIt() {
        assertTrue(facts(woman(60).intake(Nutrient.CALCIUM, 1199.0).build()).isLow(Nutrient.CALCIUM));
        assertFalse(facts(woman(60).intake(Nutrient.CALCIUM, 1200.0).build()).isLow(Nutrient.CALCIUM));
        assertFalse(facts(woman(60).build()).isLow(Nutrient.CALCIUM), "unknown intake is not low");
        assertFalse(facts(Profile.builder("x").intake(Nutrient.CALCIUM, 100.0).build()).isLow(Nutrient.CALCIUM),
                "no RDA without age and sex: not low");
        assertTrue(facts(woman(60).serum25ohdNgMl(19.9).build()).isLow(Nutrient.VITAMIN_D));
        assertFalse(facts(woman(60).serum25ohdNgMl(20.0).build()).isLow(Nutrient.VITAMIN_D));
        assertFalse(facts(woman(60).build()).isLow(Nutrient.VITAMIN_D), "unknown serum and intake: not low");
        assertFalse(facts(woman(60).serum25ohdNgMl(5.0).build()).isLow(Nutrient.CALCIUM),
                "a low serum vitamin D says nothing of calcium");
    }

    /** An unrecognised name is quoted in lower case; an unrecognised code exactly as written. */
    @Test
    void anUnrecognisedTermIsQuotedAsAnExplanationWouldShowIt() {
        ProfileFacts facts = facts(woman(60).condition(" Gout ").condition("snomed:999999999").build());
        assertEquals(List.of("gout", "snomed:999999999"), facts.conditions().stream().map(Condition::name).toList());
    }
}
