package org.osteorisk.model;

import org.jspecify.annotations.Nullable;

/**
 * One nutrient's daily intake for a profile, with the person's reference values already looked up, so that a rule
 * reads {@code Intake(nutrient == Nutrient.CALCIUM, total < rda)}. One fact per nutrient per profile.
 *
 * <p>All amounts are daily and in the nutrient's unit (mg, IU or mcg). {@code dietary} and {@code total} are null
 * when the dietary intake is unknown: the nutrient is then not assessed and no rule comparing them fires.
 * A reference value is null when none is set (no UL for B12) or the person's age and sex are needed to choose it.
 *
 * @param supplemental the daily amount from supplements, zero when none
 * @param supplemented true when at least one supplement of this nutrient is taken
 * @param ul           the tolerable upper intake level; for magnesium it applies to supplements only
 */
public record Intake(
        String profileId,
        Nutrient nutrient,
        @Nullable Double dietary,
        double supplemental,
        @Nullable Double total,
        @Nullable Double rda,
        @Nullable Double ear,
        @Nullable Double ul,
        boolean supplemented) implements ProfileFact {

    /** True when the dietary intake is known, so the total is known. */
    public boolean assessed() {
        return total != null;
    }

    /** Names the profile and nutrient only: a fact holds health data. */
    @Override
    public String toString() {
        return "Intake[profileId=" + profileId + ", nutrient=" + nutrient.key() + "]";
    }
}
