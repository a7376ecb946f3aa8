package org.osteorisk.reference;

import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Sex;

/**
 * One band of the Dietary Reference Intakes: a row of {@code reference/intakes.csv}.
 *
 * @param sex     the sex the band applies to, or null for both
 * @param ageTo   the last year of age in the band, or null for no upper bound
 * @param ear     Estimated Average Requirement, or null when none is set
 * @param rda     Recommended Dietary Allowance, or the Adequate Intake where no RDA is set
 * @param ul      Tolerable Upper Intake Level, or null when none is set
 * @param source  where the values come from
 */
public record ReferenceIntake(
        Nutrient nutrient,
        String unit,
        Sex sex,
        int ageFrom,
        Integer ageTo,
        Double ear,
        Double rda,
        Double ul,
        String source) {

    boolean covers(Integer age, Sex sexOfPerson) {
        boolean sexMatches = sex == null || sexOfPerson == null || sex == sexOfPerson;
        boolean ageMatches = age == null || (age >= ageFrom && (ageTo == null || age <= ageTo));
        return sexMatches && ageMatches;
    }

    /** A band covering both: the values they share, null where they differ. */
    ReferenceIntake mergedWith(ReferenceIntake other) {
        Integer to = ageTo == null || other.ageTo == null ? null : Math.max(ageTo, other.ageTo);
        return new ReferenceIntake(nutrient, unit, sex == other.sex ? sex : null,
                Math.min(ageFrom, other.ageFrom), to, same(ear, other.ear), same(rda, other.rda),
                same(ul, other.ul), source.equals(other.source) ? source : source + "; " + other.source);
    }

    private static Double same(Double a, Double b) {
        return java.util.Objects.equals(a, b) ? a : null;
    }

    /** The group the band describes, as an explanation names it: "women aged 51-70", "adults aged 19+". */
    public String group() {
        String who = sex == null ? "adults" : sex.plural();
        String ages = ageTo == null ? ageFrom + "+" : ageFrom + "-" + ageTo;
        return who + " aged " + ages;
    }
}
