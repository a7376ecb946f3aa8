package org.osteorisk.model;

/**
 * A diagnosis a profile reports.
 *
 * @param name       the canonical name from the rule set's vocabulary (ckd, type2_diabetes, ...), or the name as written
 * @param recognised whether the vocabulary knows the name
 */
public record Condition(String profileId, String name, boolean recognised) implements ProfileFact {

    /** Names the profile only: a diagnosis is health data. */
    @Override
    public String toString() {
        return "Condition[profileId=" + profileId + "]";
    }
}
