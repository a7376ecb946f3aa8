package org.osteorisk.model;

import org.jspecify.annotations.Nullable;

/**
 * A medication a profile reports.
 *
 * @param name      the generic name as written, lower case
 * @param drugClass its class from the rule set's medication map (glucocorticoid, proton_pump_inhibitor, ...), or null
 *                  when the name is not in the map
 */
public record Medication(String profileId, String name, @Nullable String drugClass) implements ProfileFact {

    /** Names the profile only: a medication is health data. */
    @Override
    public String toString() {
        return "Medication[profileId=" + profileId + "]";
    }
}
