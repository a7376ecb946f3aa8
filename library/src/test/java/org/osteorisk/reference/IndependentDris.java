package org.osteorisk.reference;

import java.util.List;

import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Sex;

/**
 * The adult Dietary Reference Intakes, written out here from the source reports rather than read from the rule set,
 * so that a wrong number in {@code rules/reference/intakes.csv} disagrees with this statement and a test fails.
 * Values per day, in the nutrient's unit (mg, IU, mcg).
 *
 * <ul>
 *   <li>Calcium and vitamin D: Institute of Medicine (2011), Dietary Reference Intakes for Calcium and Vitamin D,
 *       summary tables S-1 (EAR, RDA) and S-2 (UL); doi:10.17226/13050.</li>
 *   <li>Magnesium: Institute of Medicine (1997), Dietary Reference Intakes for Calcium, Phosphorus, Magnesium,
 *       Vitamin D, and Fluoride, chapter 6; the UL applies to magnesium from supplements only; doi:10.17226/5776.</li>
 *   <li>Vitamin B12: Institute of Medicine (1998), Dietary Reference Intakes for Thiamin, Riboflavin, Niacin,
 *       Vitamin B6, Folate, Vitamin B12, ..., chapter 9; no UL set; doi:10.17226/6015.</li>
 *   <li>Vitamin K: Institute of Medicine (2001), Dietary Reference Intakes for Vitamin A, Vitamin K, ..., chapter 5;
 *       an Adequate Intake (AI), no EAR or UL; doi:10.17226/10026.</li>
 * </ul>
 * The NIH Office of Dietary Supplements fact sheets restate the same values for health professionals.
 */
public final class IndependentDris {

    /**
     * One band.
     *
     * @param sex   null for both sexes
     * @param ageTo null for no upper bound
     * @param rda   the RDA, or the AI where no RDA is set (vitamin K)
     */
    public record Band(Nutrient nutrient, Sex sex, int ageFrom, Integer ageTo, Double ear, Double rda, Double ul,
                       String source) {
    }

    private static final String IOM_2011 = "IOM 2011";
    private static final String IOM_1997 = "IOM 1997";
    private static final String IOM_1998 = "IOM 1998";
    private static final String IOM_2001 = "IOM 2001";

    public static final List<Band> ADULTS = List.of(
            new Band(Nutrient.CALCIUM, null, 19, 50, 800.0, 1000.0, 2500.0, IOM_2011),
            new Band(Nutrient.CALCIUM, Sex.MALE, 51, 70, 800.0, 1000.0, 2000.0, IOM_2011),
            new Band(Nutrient.CALCIUM, Sex.FEMALE, 51, 70, 1000.0, 1200.0, 2000.0, IOM_2011),
            new Band(Nutrient.CALCIUM, null, 71, null, 1000.0, 1200.0, 2000.0, IOM_2011),
            new Band(Nutrient.VITAMIN_D, null, 19, 70, 400.0, 600.0, 4000.0, IOM_2011),
            new Band(Nutrient.VITAMIN_D, null, 71, null, 400.0, 800.0, 4000.0, IOM_2011),
            new Band(Nutrient.MAGNESIUM, Sex.MALE, 19, 30, 330.0, 400.0, 350.0, IOM_1997),
            new Band(Nutrient.MAGNESIUM, Sex.FEMALE, 19, 30, 255.0, 310.0, 350.0, IOM_1997),
            new Band(Nutrient.MAGNESIUM, Sex.MALE, 31, null, 350.0, 420.0, 350.0, IOM_1997),
            new Band(Nutrient.MAGNESIUM, Sex.FEMALE, 31, null, 265.0, 320.0, 350.0, IOM_1997),
            new Band(Nutrient.VITAMIN_B12, null, 19, null, 2.0, 2.4, null, IOM_1998),
            new Band(Nutrient.VITAMIN_K, Sex.MALE, 19, null, null, 120.0, null, IOM_2001),
            new Band(Nutrient.VITAMIN_K, Sex.FEMALE, 19, null, null, 90.0, null, IOM_2001));

    private IndependentDris() {
    }
}
