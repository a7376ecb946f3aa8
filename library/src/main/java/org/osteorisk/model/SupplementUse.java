package org.osteorisk.model;

import org.jspecify.annotations.Nullable;

/**
 * One supplement a profile reports, as the rules see it.
 *
 * @param form        the canonical form from the rule set's form vocabulary (mk7 becomes k2, cholecalciferol becomes
 *                    d3), or the form as written when it is not in the vocabulary; null when not given
 * @param dailyAmount the dose as a daily amount in the nutrient's unit
 */
public record SupplementUse(
        String profileId,
        Nutrient nutrient,
        @Nullable String form,
        double dailyAmount,
        Frequency frequency) implements ProfileFact {

    /** Names the profile and nutrient only: a fact holds health data. */
    @Override
    public String toString() {
        return "SupplementUse[profileId=" + profileId + ", nutrient=" + nutrient.key() + "]";
    }
}
