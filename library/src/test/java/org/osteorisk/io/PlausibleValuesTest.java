package org.osteorisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osteorisk.model.DoseUnit;
import org.osteorisk.model.Frequency;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.PlausibleRanges;
import org.osteorisk.model.Supplement;

/** Only amounts a person could have or take are read, and reading a cell takes time in proportion to its length. */
class PlausibleValuesTest {

    private static String error(String csv) {
        List<ProfileRow> rows = ProfileCsvReaderTest.read(csv);
        assertEquals(1, rows.size());
        assertFalse(rows.get(0).ok(), "expected an error");
        return rows.get(0).error();
    }

    @Test
    void aHugeIntakeIsRefusedWithTheRangeNotPrintedAsTheLargestLong() {
        assertEquals("calcium_mg (column 2): expected 0 to 10,000 mg/day",
                error("id,calcium_mg\np1,1" + "0".repeat(307) + "\n"));
        assertEquals("calcium_mg (column 2): expected 0 to 10,000 mg/day", error("id,calcium_mg\np1,1e306\n"));
        assertEquals("vitamin_d_iu (column 2): expected 0 to 20,000 IU/day", error("id,vitamin_d_iu\np1,20001\n"));
        assertTrue(ProfileCsvReaderTest.read("id,calcium_mg\np1,10000\n").get(0).ok());
    }

    @Test
    void everyNumberFieldHasARange() {
        assertEquals("weight_kg (column 2): expected more than 0 and at most 700 kg", error("id,weight_kg\np1,701\n"));
        assertEquals("height_cm (column 2): expected more than 0 and at most 300 cm", error("id,height_cm\np1,1e3\n"));
        assertEquals("soda_per_day (column 2): expected 0 to 50 a day", error("id,soda_per_day\np1,51\n"));
        assertEquals("exercise_min_per_week (column 2): expected 0 to 10,080 min/week",
                error("id,exercise_min_per_week\np1,10081\n"));
        assertEquals("homocysteine_umol_l (column 2): expected 0 to 500 umol/L",
                error("id,homocysteine_umol_l\np1,501\n"));
        assertEquals("tscore (column 2): expected -10 to 10", error("id,tscore\np1,-11\n"));
        assertEquals("serum_25ohd_ng_ml (column 2): expected 0 to 1,000 ng/mL (or the same in nmol/l)",
                error("id,serum_25ohd_ng_ml\np1,3000nmol/L\n"));
        assertEquals("serum_b12_pg_ml (column 2): expected 0 to 50,000 pg/mL (or the same in pmol/l)",
                error("id,serum_b12_pg_ml\np1,1" + "0".repeat(300) + "\n"));
    }

    @Test
    void aSupplementIsCheckedAsADailyAmountAfterConversion() {
        String infinite = error("id,supplements\np1,calcium 1" + "0".repeat(306) + "g/day\n");
        assertEquals("supplements (column 2): entry 1: expected 0 to 20,000 mg/day of calcium, counting a weekly, "
                + "monthly or yearly dose per day", infinite);
        assertFalse(infinite.contains("Infinity"));
        assertTrue(error("id,supplements\np1,vitamin_d 30g/day\n").contains("expected 0 to 1,000,000 IU/day"));
        // A yearly dose is counted per day: 600,000 IU once a year is plausible, 400 million IU is not.
        assertTrue(ProfileCsvReaderTest.read("id,supplements\np1,vitamin_d 600000IU/year\n").get(0).ok());
        assertTrue(error("id,supplements\np1,vitamin_d 400000000IU/year\n").contains("of vitamin D"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Supplement(Nutrient.CALCIUM, null, 1e306, DoseUnit.G, Frequency.DAY));
        assertEquals("supplements: expected 0 to 20,000 mg/day of calcium, counting a weekly, monthly or yearly dose "
                + "per day", e.getMessage());
    }

    @Test
    void theRangesDescribeThemselves() {
        assertEquals("0 to 10,000 mg/day", PlausibleRanges.dietaryIntake(Nutrient.CALCIUM).describe());
        assertEquals("0 to 100,000 mcg/day", PlausibleRanges.supplementDailyAmount(Nutrient.VITAMIN_K).describe());
        assertEquals("more than 0 and at most 700 kg", PlausibleRanges.WEIGHT_KG.describe());
        assertFalse(PlausibleRanges.WEIGHT_KG.contains(Double.NaN));
        assertFalse(PlausibleRanges.T_SCORE.contains(Double.POSITIVE_INFINITY));
        for (Nutrient n : Nutrient.values()) {
            assertTrue(PlausibleRanges.dietaryIntake(n).max() <= PlausibleRanges.supplementDailyAmount(n).max(), n.key());
        }
    }

    @Test
    void cellsOfDigitsParseInLinearTime() {
        // With backtracking regular expressions, a 160 KB file of 8 such cells took 52 s, and one 46,000-digit
        // cell 132 s. Now a cell over the limit is refused unread, and the parsers themselves are single-pass.
        String digits = "1".repeat(46_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 0; i < 20; i++) {
                assertThrows(IllegalArgumentException.class, () -> SupplementEntries.parse(digits));
                assertThrows(IllegalArgumentException.class, () -> SupplementEntries.parse("calcium " + digits + "!"));
                assertThrows(IllegalArgumentException.class, () -> SupplementEntries.parse("calcium:" + digits));
                assertThrows(FieldException.class, () -> ProfileFields.set(
                        org.osteorisk.model.Profile.builder("p"), "serum_25ohd_ng_ml", digits + "!"));
            }
            StringBuilder csv = new StringBuilder("id,supplements,serum_25ohd_ng_ml\n");
            for (int i = 0; i < 8; i++) {
                csv.append('p').append(i).append(',').append("1".repeat(20_000)).append(',')
                        .append("1".repeat(4_000)).append("!\n");
            }
            List<ProfileRow> rows = ProfileCsvReaderTest.read(csv.toString());
            assertEquals(8, rows.size());
            assertEquals("supplements (column 2): longer than 4,096 characters; serum_25ohd_ng_ml (column 3): "
                    + "expected a number, optionally followed by ng/ml or nmol/l", rows.get(0).error());
        });
    }

    @Test
    void theSupplementGrammarIsReadAsBefore() {
        assertEquals(new Supplement(Nutrient.VITAMIN_D, "d3", 1000, DoseUnit.IU, Frequency.WEEK),
                SupplementEntries.parse("  vitamin_d:d3\t1000 IU / week "));
        assertEquals(new Supplement(Nutrient.VITAMIN_B12, null, 0.5, DoseUnit.MCG, Frequency.DAY),
                SupplementEntries.parse("vitamin_b12 .5\u00b5g"));
        for (String bad : List.of("calcium", "calcium 5.mg", "calcium 1.2.3mg", "calcium 5", "calcium: 5mg",
                "calcium 5mg/", "calcium 5mg/day extra", ":x 5mg", "calcium 1e3mg", "calcium5mg")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SupplementEntries.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("expected nutrient[:form]"), bad + ": " + e.getMessage());
        }
        assertEquals("supplements (column 2): more than 64 entries",
                error("id,supplements\np1," + "calcium 1mg;".repeat(65) + "\n"));
        assertEquals("conditions (column 2): more than 64 entries", error("id,conditions\np1," + "ckd;".repeat(65) + "\n"));
    }
}
