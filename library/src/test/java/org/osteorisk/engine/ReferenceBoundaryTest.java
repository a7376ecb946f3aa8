package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.osteorisk.TestRules;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.DoseUnit;
import org.osteorisk.model.Finding;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
import org.osteorisk.model.Sex;
import org.osteorisk.model.Supplement;
import org.osteorisk.reference.IndependentDris;
import org.osteorisk.reference.IndependentDris.Band;
import org.osteorisk.reference.ReferenceIntake;
import org.osteorisk.reference.ReferenceIntakeTable;

/**
 * Cases generated from an independent statement of the DRIs ({@link IndependentDris}), not from the rule set's own
 * data: for every band (nutrient, sex, age band) and every reference value a rule compares with, a profile exactly
 * at the value and one just past it, at both age edges of the band. A wrong number or a moved age edge in
 * intakes.csv, or a comparison that includes its boundary, disagrees with the statement and fails here.
 */
class ReferenceBoundaryTest {

    /** The age that stands for the upper edge of an open band (71+). */
    private static final int OPEN_BAND_TOP = 100;

    /** A reference value of a band, and the rule that compares intakes with it. */
    private enum Limit {
        EAR(Band::ear, false), RDA(Band::rda, false), UL(Band::ul, true);

        final Function<Band, Double> value;
        /** True when the rule fires above the value (an upper level), false when below it. */
        final boolean firesAbove;

        Limit(Function<Band, Double> value, boolean firesAbove) {
            this.value = value;
            this.firesAbove = firesAbove;
        }
    }

    /**
     * The code each comparison reports, from the catalogue's signal tables. The EARs of vitamin D and B12 have no
     * rule; the magnesium UL applies to supplements only.
     */
    private static final Map<Nutrient, Map<Limit, String>> RULES = Map.of(
            Nutrient.CALCIUM, Map.of(Limit.EAR, "CALCIUM_BELOW_EAR", Limit.RDA, "CALCIUM_BELOW_RDA",
                    Limit.UL, "CALCIUM_ABOVE_UL"),
            Nutrient.VITAMIN_D, Map.of(Limit.RDA, "VITAMIN_D_BELOW_RDA", Limit.UL, "VITAMIN_D_ABOVE_UL"),
            Nutrient.MAGNESIUM, Map.of(Limit.EAR, "MAGNESIUM_BELOW_EAR", Limit.RDA, "MAGNESIUM_BELOW_RDA",
                    Limit.UL, "MAGNESIUM_SUPPLEMENT_ABOVE_UL"),
            Nutrient.VITAMIN_B12, Map.of(Limit.RDA, "B12_BELOW_RDA"),
            Nutrient.VITAMIN_K, Map.of(Limit.RDA, "VITAMIN_K_BELOW_AI"));

    private static List<Sex> sexes(Band band) {
        return band.sex() == null ? List.of(Sex.FEMALE, Sex.MALE) : List.of(band.sex());
    }

    private static List<Integer> ageEdges(Band band) {
        return List.of(band.ageFrom(), band.ageTo() == null ? OPEN_BAND_TOP : band.ageTo());
    }

    /** The smallest step past a value that still shows in an explanation: 1 for 1,200, 0.1 for 2.4. */
    private static double step(double value) {
        return value >= 10 ? 1 : 0.1;
    }

    private static String describe(Band band, Sex sex, int age, Limit limit) {
        return band.nutrient().label() + " " + limit + " " + Quantities.format(limit.value.apply(band)) + " ("
                + band.source() + "), " + sex.key() + " aged " + age;
    }

    @TestFactory
    Stream<DynamicTest> intakesCsvHoldsTheStatedValuesAtBothAgeEdgesOfEveryBand() {
        ReferenceIntakeTable table = TestRules.bundled().reference().intakes();
        List<DynamicTest> tests = new ArrayList<>();
        for (Band band : IndependentDris.ADULTS) {
            for (Sex sex : sexes(band)) {
                for (int age : ageEdges(band)) {
                    tests.add(DynamicTest.dynamicTest(band.nutrient().label() + " " + sex.key() + " aged " + age, () -> {
                        ReferenceIntake data = table.lookup(band.nutrient(), age, sex).orElse(null);
                        assertNotNull(data, "no band in intakes.csv");
                        assertEquals(band.ear(), data.ear(), "EAR");
                        assertEquals(band.rda(), data.rda(), "RDA or AI");
                        assertEquals(band.ul(), data.ul(), "UL");
                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void intakesCsvHasNoBandTheStatementLacks() {
        ReferenceIntakeTable table = TestRules.bundled().reference().intakes();
        for (Nutrient nutrient : Nutrient.values()) {
            List<String> stated = IndependentDris.ADULTS.stream().filter(b -> b.nutrient() == nutrient)
                    .map(b -> (b.sex() == null ? "any" : b.sex().key()) + " " + b.ageFrom() + "-" + b.ageTo()).sorted()
                    .toList();
            List<String> data = table.bands(nutrient).stream()
                    .map(b -> (b.sex() == null ? "any" : b.sex().key()) + " " + b.ageFrom() + "-" + b.ageTo()).sorted()
                    .toList();
            assertEquals(stated, data, nutrient.label() + " bands");
        }
    }

    @TestFactory
    Stream<DynamicTest> eachRuleIsSilentAtItsReferenceValueAndFiresJustPastIt() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Band band : IndependentDris.ADULTS) {
            for (Map.Entry<Limit, String> rule : RULES.get(band.nutrient()).entrySet()) {
                Limit limit = rule.getKey();
                Double value = limit.value.apply(band);
                if (value == null) {
                    continue;
                }
                for (Sex sex : sexes(band)) {
                    for (int age : ageEdges(band)) {
                        tests.add(DynamicTest.dynamicTest(describe(band, sex, age, limit),
                                () -> checkBoundary(band, limit, value, sex, age, rule.getValue())));
                    }
                }
            }
        }
        return tests.stream();
    }

    private static void checkBoundary(Band band, Limit limit, double value, Sex sex, int age, String code) {
        double past = limit.firesAbove ? value + step(value) : value - step(value);
        AssessmentResult at = assess(band.nutrient(), limit, value, sex, age);
        AssessmentResult beyond = assess(band.nutrient(), limit, past, sex, age);
        assertFalse(at.has(code), code + " at exactly " + Quantities.format(value) + ": " + at.codes());
        assertTrue(beyond.has(code), code + " at " + Quantities.format(past) + ": " + beyond.codes());
        Finding finding = beyond.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
        String quoted = Quantities.format(value) + " " + band.nutrient().unit().key() + "/day";
        assertTrue(finding.explanation().contains(quoted), "the explanation quotes " + quoted + ": "
                + finding.explanation());
    }

    /** A profile with an intake of {@code amount}: from food, or, for the magnesium UL, from a supplement. */
    private static AssessmentResult assess(Nutrient nutrient, Limit limit, double amount, Sex sex, int age) {
        Profile.Builder profile = Profile.builder("boundary").age(age).sex(sex);
        if (nutrient == Nutrient.MAGNESIUM && limit == Limit.UL) {
            profile.supplement(Supplement.daily(nutrient, amount, DoseUnit.MG));
        } else {
            profile.intake(nutrient, amount);
        }
        return TestRules.assessor().assess(profile.build());
    }
}
