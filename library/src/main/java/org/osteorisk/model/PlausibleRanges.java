package org.osteorisk.model;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The values a person can have or take, field by field: the one place that says what is plausible. A value outside
 * its range is a typo, a unit mix-up or hostile input, never a measurement: {@code calcium_mg} of 10^307 would
 * otherwise reach the rules and print as 9,223,372,036,854,775,807 mg/day. Each upper bound lies well above the
 * most extreme value reported in people (the heaviest person recorded, toxic doses from manufacturing errors), so
 * a dangerous intake still reaches the rules and is flagged, while an impossible one is refused. The profile
 * model, the supplement model and both readers (CSV and JSON) check against these ranges;
 * docs/profile-csv.md lists them with the reasons.
 */
public final class PlausibleRanges {

    /**
     * The plausible values of one field: {@code min} (or just above it) to {@code max}, in {@code unit}.
     *
     * @param aboveMin whether {@code min} itself is excluded (a weight of 0 kg is not plausible)
     */
    public record Range(String field, double min, boolean aboveMin, double max, String unit) {

        /** Whether a value lies in the range; NaN and infinities never do. */
        public boolean contains(double value) {
            return (aboveMin ? value > min : value >= min) && value <= max;
        }

        /** The range in words, for messages: "0 to 10,000 mg/day", "more than 0 and at most 700 kg". */
        public String describe() {
            String upper = number(max) + (unit.isEmpty() ? "" : " " + unit);
            return aboveMin ? "more than " + number(min) + " and at most " + upper : number(min) + " to " + upper;
        }

        /**
         * Checks a value of the model (null is unknown, and passes).
         *
         * @throws ProfileValidationException naming the field and the range, never the value
         */
        public void require(@Nullable Double value) {
            if (value != null && !contains(value)) {
                throw new ProfileValidationException(field, "expected " + describe());
            }
        }

        /** Adds a problem naming the field and the range when a value (null passes) lies outside it. */
        public void check(@Nullable Double value, java.util.List<ProfileValidationException.Problem> problems) {
            if (value != null && !contains(value)) {
                problems.add(new ProfileValidationException.Problem(field, "expected " + describe()));
            }
        }

        private static String number(double value) {
            return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) value)
                    : String.format(Locale.ROOT, "%s", value);
        }
    }

    /** The heaviest person on record weighed about 635 kg. */
    public static final Range WEIGHT_KG = new Range("weight_kg", 0, true, 700, "kg");
    /** The tallest person on record measured 272 cm. */
    public static final Range HEIGHT_CM = new Range("height_cm", 0, true, 300, "cm");
    /** Soft drinks a day. */
    public static final Range SODA_PER_DAY = new Range("soda_per_day", 0, false, 50, "a day");
    /** A week has 10,080 minutes. */
    public static final Range EXERCISE_MIN_PER_WEEK = new Range("exercise_min_per_week", 0, false, 10_080,
            "min/week");
    /** Vitamin D intoxication is reported from 150 ng/mL; the highest published levels are under 1,000. */
    public static final Range SERUM_25OHD_NG_ML = new Range("serum_25ohd_ng_ml", 0, false, 1_000, "ng/mL");
    /** Normal is 200 to 900 pg/mL; injections and some blood diseases give a few thousand. */
    public static final Range SERUM_B12_PG_ML = new Range("serum_b12_pg_ml", 0, false, 50_000, "pg/mL");
    /** Normal is under 15 umol/L; untreated homocystinuria reaches a few hundred. */
    public static final Range HOMOCYSTEINE_UMOL_L = new Range("homocysteine_umol_l", 0, false, 500, "umol/L");
    /** Pulse therapy with 1 g of methylprednisolone a day is about 1,250 mg of prednisone. */
    public static final Range GLUCOCORTICOID_MG_DAY = new Range("glucocorticoid_mg_day", 0, false, 2_000, "mg/day");
    /** A lifetime of treatment is under 1,560 months. */
    public static final Range GLUCOCORTICOID_MONTHS = new Range("glucocorticoid_months", 0, false, 1_560, "months");
    /** Bone density T-scores lie within a few standard deviations of zero. */
    public static final Range T_SCORE = new Range("tscore", -10, false, 10, "");

    private static final Map<Nutrient, Range> FOOD = new EnumMap<>(Nutrient.class);
    private static final Map<Nutrient, Range> SUPPLEMENT = new EnumMap<>(Nutrient.class);

    static {
        // From food alone: about ten times the most a varied diet gives.
        food(Nutrient.CALCIUM, 10_000);          // 8 litres of milk
        food(Nutrient.MAGNESIUM, 5_000);
        food(Nutrient.VITAMIN_D, 20_000);        // fish-liver oils are the richest food
        food(Nutrient.VITAMIN_B12, 5_000);       // 100 g of liver gives about 70 mcg
        food(Nutrient.VITAMIN_K, 10_000);        // natto and leafy greens give about 1,000 mcg per 100 g
        // One supplement, as a daily amount (a weekly dose / 7, and so on): above the largest doses in clinical use
        // and in case reports of poisoning.
        supplement(Nutrient.CALCIUM, 20_000);    // milk-alkali syndrome is reported from about 4,000 mg/day
        supplement(Nutrient.MAGNESIUM, 10_000);  // laxative doses
        supplement(Nutrient.VITAMIN_D, 1_000_000); // manufacturing errors have given about this much
        supplement(Nutrient.VITAMIN_B12, 50_000); // tablets of 5,000 and 10,000 mcg are sold
        supplement(Nutrient.VITAMIN_K, 100_000); // menatetrenone (vitamin K2) is prescribed at 45,000 mcg/day
    }

    private PlausibleRanges() {
    }

    /** The daily intake of a nutrient from food, in its column {@code calcium_mg}, ... */
    public static Range dietaryIntake(Nutrient nutrient) {
        return FOOD.get(nutrient);
    }

    /** The daily amount of a nutrient from one supplement, after conversion to the nutrient's unit. */
    public static Range supplementDailyAmount(Nutrient nutrient) {
        return SUPPLEMENT.get(nutrient);
    }

    private static void food(Nutrient nutrient, double max) {
        FOOD.put(nutrient, new Range(nutrient.intakeColumn(), 0, false, max, nutrient.unit().key() + "/day"));
    }

    private static void supplement(Nutrient nutrient, double max) {
        SUPPLEMENT.put(nutrient, new Range("supplements", 0, false, max, nutrient.unit().key() + "/day"));
    }
}
