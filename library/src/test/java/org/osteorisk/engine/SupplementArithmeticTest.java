package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.osteorisk.TestRules;
import org.osteorisk.model.DoseUnit;
import org.osteorisk.model.Frequency;
import org.osteorisk.model.Intake;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
import org.osteorisk.model.Sex;
import org.osteorisk.model.Supplement;

/**
 * Supplements become daily amounts and add up: a weekly dose counts 1/7 a day, monthly 1/30, yearly 1/365
 * (docs/rule-catalogue.md); vitamin D in mcg counts 40 IU each; several supplements of one nutrient add to each other
 * and to food. Checked on the facts the rules see and on what the rules then report.
 */
class SupplementArithmeticTest {

    /** Days a dose covers, as the catalogue states them. */
    private static final Map<Frequency, Integer> DAYS = Map.of(Frequency.DAY, 1, Frequency.WEEK, 7,
            Frequency.MONTH, 30, Frequency.YEAR, 365);
    /** A dose of each nutrient in its own unit, and the rule that fires below its RDA. */
    private static final Map<Nutrient, Double> DOSE = Map.of(Nutrient.CALCIUM, 500.0, Nutrient.MAGNESIUM, 200.0,
            Nutrient.VITAMIN_D, 1000.0, Nutrient.VITAMIN_B12, 25.0, Nutrient.VITAMIN_K, 100.0);
    private static final Map<Nutrient, String> BELOW_RDA = Map.of(Nutrient.CALCIUM, "CALCIUM_BELOW_RDA",
            Nutrient.MAGNESIUM, "MAGNESIUM_BELOW_RDA", Nutrient.VITAMIN_D, "VITAMIN_D_BELOW_RDA",
            Nutrient.VITAMIN_B12, "B12_BELOW_RDA", Nutrient.VITAMIN_K, "VITAMIN_K_BELOW_AI");
    /** The RDA (or AI) of a woman aged 40 (IOM 1997, 1998, 2001, 2011). */
    private static final Map<Nutrient, Double> RDA_WOMAN_40 = Map.of(Nutrient.CALCIUM, 1000.0, Nutrient.MAGNESIUM,
            320.0, Nutrient.VITAMIN_D, 600.0, Nutrient.VITAMIN_B12, 2.4, Nutrient.VITAMIN_K, 90.0);

    private static Intake intake(Profile profile, Nutrient nutrient) {
        return new ProfileFacts(profile, TestRules.bundled().reference()).intake(nutrient);
    }

    private static Profile.Builder woman40() {
        return Profile.builder("s").age(40).sex(Sex.FEMALE);
    }

    private static Supplement dose(Nutrient nutrient, double amount, Frequency frequency) {
        return new Supplement(nutrient, null, amount, nutrient.unit(), frequency);
    }

    @TestFactory
    Stream<DynamicTest> everyFrequencyOfEveryNutrientBecomesADailyAmount() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Nutrient nutrient : Nutrient.values()) {
            for (Frequency frequency : Frequency.values()) {
                double amount = DOSE.get(nutrient) * DAYS.get(frequency);
                tests.add(DynamicTest.dynamicTest(nutrient.key() + " " + amount + " per " + frequency.key(), () -> {
                    Intake intake = intake(woman40().intake(nutrient, 10.0)
                            .supplement(dose(nutrient, amount, frequency)).build(), nutrient);
                    assertEquals(DOSE.get(nutrient), intake.supplemental(), 1e-9, "daily amount");
                    assertEquals(10.0 + DOSE.get(nutrient), intake.total(), 1e-9, "food + supplement");
                    assertTrue(intake.supplemented());
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void vitaminDInMicrogramsCountsFortyIuEach() {
        for (Frequency frequency : Frequency.values()) {
            Profile profile = woman40().supplement(new Supplement(Nutrient.VITAMIN_D, "d3", 25.0 * DAYS.get(frequency),
                    DoseUnit.MCG, frequency)).build();
            assertEquals(1000.0, intake(profile, Nutrient.VITAMIN_D).supplemental(), 1e-9, frequency.key());
        }
    }

    @TestFactory
    Stream<DynamicTest> severalSupplementsOfOneNutrientAddUp() {
        return Stream.of(Nutrient.values()).map(nutrient -> DynamicTest.dynamicTest(nutrient.key(), () -> {
            double dose = DOSE.get(nutrient);
            Profile two = woman40().supplement(dose(nutrient, dose, Frequency.DAY))
                    .supplement(dose(nutrient, 2 * dose, Frequency.DAY)).build();
            assertEquals(3 * dose, intake(two, nutrient).supplemental(), 1e-9, "two daily supplements");
            Profile three = woman40().supplement(dose(nutrient, dose, Frequency.DAY))
                    .supplement(dose(nutrient, 7 * dose, Frequency.WEEK))
                    .supplement(dose(nutrient, 30 * dose, Frequency.MONTH)).build();
            assertEquals(3 * dose, intake(three, nutrient).supplemental(), 1e-9, "daily, weekly and monthly");
        }));
    }

    @Test
    void aSupplementOfAnotherNutrientDoesNotCount() {
        Profile profile = woman40().intake(Nutrient.CALCIUM, 700.0)
                .supplement(dose(Nutrient.MAGNESIUM, 300, Frequency.DAY)).build();
        Intake calcium = intake(profile, Nutrient.CALCIUM);
        assertEquals(0.0, calcium.supplemental());
        assertFalse(calcium.supplemented());
        assertEquals(700.0, calcium.total());
    }

    /**
     * Food short of the RDA by what two supplements supply together, one daily and one weekly: the RDA is met only
     * if both count. One unit less from food and the rule fires.
     */
    @TestFactory
    Stream<DynamicTest> twoSupplementsTogetherReachTheRda() {
        return Stream.of(Nutrient.values()).map(nutrient -> DynamicTest.dynamicTest(nutrient.key(), () -> {
            double rda = RDA_WOMAN_40.get(nutrient);
            double daily = rda / 4;
            double weekly = 7 * rda / 4;
            double food = rda / 2;
            double less = rda / 100;
            Profile reaches = woman40().intake(nutrient, food).supplement(dose(nutrient, daily, Frequency.DAY))
                    .supplement(dose(nutrient, weekly, Frequency.WEEK)).build();
            Profile shortOf = reaches.toBuilder().intake(nutrient, food - less).build();
            String code = BELOW_RDA.get(nutrient);
            assertFalse(TestRules.assessor().assess(reaches).has(code), "food + both supplements reach the RDA");
            assertTrue(TestRules.assessor().assess(shortOf).has(code), "a little less food falls short");
        }));
    }
}
