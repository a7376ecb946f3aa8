package org.osteorisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osteorisk.model.DoseUnit;
import org.osteorisk.model.Frequency;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Supplement;

/**
 * The supplement grammar at the edges of its character classes: each letter and digit range is tried at both ends
 * (A, Z, a, z, 0, 9), so a name, amount, unit or frequency that stops one character early is noticed, and a typo is
 * reported as what it is (an unknown nutrient or unit), not as a grammar error.
 */
class SupplementEntriesTest {

    private static String error(String entry) {
        return assertThrows(IllegalArgumentException.class, () -> SupplementEntries.parse(entry)).getMessage();
    }

    @Test
    void namesUseEveryLetterDigitAndUnderscoreEdge() {
        assertEquals(Nutrient.CALCIUM, SupplementEntries.parse("CALCIUM 500 mg").nutrient());
        assertEquals(Nutrient.VITAMIN_B12, SupplementEntries.parse("Vitamin_B12 250 mcg").nutrient());
        for (String name : new String[] {"zinc", "ZINC", "calcium0", "calcium9", "a", "Z"}) {
            assertTrue(error(name + " 5 mg").startsWith("unknown nutrient"), name);
        }
        for (String name : new String[] {"calcium@", "calcium[", "calcium`", "calcium{", "calcium/"}) {
            assertTrue(error(name + " 5 mg").startsWith("expected "), name);
        }
    }

    @Test
    void amountsUseEveryDigitAndZeroIsAllowed() {
        assertEquals(909.0, SupplementEntries.parse("calcium 909 mg").amount());
        assertEquals(0.0, SupplementEntries.parse("calcium 0 mg").amount());
        assertEquals(1.5, SupplementEntries.parse("calcium +1.5 g").amount());
        assertEquals("the amount must not be negative", error("calcium -0.5 mg"));
    }

    @Test
    void unitsAndFrequenciesUseEveryLetterEdge() {
        assertEquals(DoseUnit.IU, SupplementEntries.parse("vitamin_d 50000 IU/month").unit());
        Supplement weekly = SupplementEntries.parse("vitamin_d 7000 iu / WEEK");
        assertEquals(Frequency.WEEK, weekly.frequency());
        assertEquals(Frequency.DAY, SupplementEntries.parse("calcium 500 mg/day").frequency());
        assertEquals(Frequency.YEAR, SupplementEntries.parse("vitamin_d 100000 IU/year").frequency());
        for (String unit : new String[] {"Z", "zz", "A", "a"}) {
            assertTrue(error("calcium 5 " + unit).startsWith("unknown unit"), unit);
        }
        for (String frequency : new String[] {"az", "Z", "A", "z"}) {
            assertTrue(error("calcium 5 mg/" + frequency).startsWith("unknown frequency"), frequency);
        }
        assertTrue(error("calcium 5 mg/d@y").startsWith("expected "));
    }
}
