package org.osteorisk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DoseConversionTest {

    @Test
    void frequenciesBecomeDailyAmounts() {
        assertEquals(1200, new Supplement(Nutrient.CALCIUM, null, 1200, DoseUnit.MG, Frequency.DAY).dailyAmount(), 1e-9);
        assertEquals(100, new Supplement(Nutrient.CALCIUM, null, 700, DoseUnit.MG, Frequency.WEEK).dailyAmount(), 1e-9);
        assertEquals(1000, new Supplement(Nutrient.VITAMIN_D, null, 30000, DoseUnit.IU, Frequency.MONTH).dailyAmount(), 1e-9);
        assertEquals(100000.0 / 365, new Supplement(Nutrient.VITAMIN_D, null, 100000, DoseUnit.IU, Frequency.YEAR)
                .dailyAmount(), 1e-9);
    }

    @Test
    void vitaminDMicrogramsAreFortyIuEach() {
        assertEquals(1000, Supplement.daily(Nutrient.VITAMIN_D, 25, DoseUnit.MCG).dailyAmount(), 1e-9);
        assertEquals(40_000, Supplement.daily(Nutrient.VITAMIN_D, 1, DoseUnit.MG).dailyAmount(), 1e-9);
        assertEquals(0.025, DoseUnit.IU.convert(1, DoseUnit.MCG, Nutrient.VITAMIN_D), 1e-12);
    }

    @Test
    void massUnitsConvertToTheNutrientsUnit() {
        assertEquals(1500, Supplement.daily(Nutrient.CALCIUM, 1.5, DoseUnit.G).dailyAmount(), 1e-9);
        assertEquals(0.5, Supplement.daily(Nutrient.CALCIUM, 500, DoseUnit.MCG).dailyAmount(), 1e-9);
        assertEquals(1000, Supplement.daily(Nutrient.VITAMIN_B12, 1, DoseUnit.MG).dailyAmount(), 1e-9);
        assertEquals(2.5, new Supplement(Nutrient.VITAMIN_B12, null, 17.5, DoseUnit.MCG, Frequency.WEEK).dailyAmount(), 1e-9);
    }

    @Test
    void iuIsForVitaminDOnly() {
        assertThrows(IllegalArgumentException.class, () -> Supplement.daily(Nutrient.CALCIUM, 100, DoseUnit.IU));
        assertThrows(IllegalArgumentException.class, () -> DoseUnit.MG.convert(1, DoseUnit.IU, Nutrient.MAGNESIUM));
    }

    @Test
    void negativeOrNonFiniteDosesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Supplement.daily(Nutrient.CALCIUM, -1, DoseUnit.MG));
        assertThrows(IllegalArgumentException.class, () -> Supplement.daily(Nutrient.CALCIUM, Double.NaN, DoseUnit.MG));
    }

    @Test
    void unitAndFrequencySpellings() {
        assertEquals(DoseUnit.MCG, DoseUnit.parse("\u00b5g"));
        assertEquals(DoseUnit.MCG, DoseUnit.parse("ug"));
        assertEquals(DoseUnit.IU, DoseUnit.parse("iu"));
        assertEquals(Frequency.YEAR, Frequency.parse("yearly"));
        assertEquals(Sex.FEMALE, Sex.parse("F"));
        assertThrows(IllegalArgumentException.class, () -> Sex.parse("x"));
    }

    @Test
    void profileRejectsOutOfRangeValuesNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Profile.builder("p").age(131).build());
        assertEquals("age: expected a whole number from 0 to 130", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Profile.builder("p").intake(Nutrient.CALCIUM, -5.0).build());
        assertEquals("calcium_mg: expected 0 to 10,000 mg/day", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Profile.builder("p").intake(Nutrient.CALCIUM, 1e307).build());
        assertEquals("calcium_mg: expected 0 to 10,000 mg/day", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Profile.builder("p").weightKg(0.0).build());
        assertEquals("weight_kg: expected more than 0 and at most 700 kg", e.getMessage());
    }

    @Test
    void recordsOfHealthDataNameNoValuesInToString() {
        Supplement supplement = new Supplement(Nutrient.VITAMIN_D, "d3", 4321, DoseUnit.IU, Frequency.WEEK);
        assertEquals("Supplement[vitamin_d:d3]", supplement.toString());
        Labs labs = new Labs(31.79, null, 9.713, -1.379);
        assertEquals("Labs[serum25ohd known, serumB12 unknown, homocysteine known, tScore known]", labs.toString());
        Profile profile = Profile.builder("p7").age(57).weightKg(61.37).supplement(supplement).labs(labs).build();
        assertEquals("Profile[id=p7]", profile.toString());
    }
}
