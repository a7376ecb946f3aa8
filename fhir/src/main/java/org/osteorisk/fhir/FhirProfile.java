package org.osteorisk.fhir;

import java.util.List;
import java.util.Objects;

import org.osteorisk.model.Profile;

/**
 * A profile read from FHIR resources, with every element that could not be used.
 *
 * @param profile  the profile to assess
 * @param warnings the elements not used (unknown codes, unconvertible units, observations too old or superseded by a
 *                 later one), in the order of the resources
 */
public record FhirProfile(Profile profile, List<FhirWarning> warnings) {

    public FhirProfile {
        Objects.requireNonNull(profile, "profile");
        warnings = List.copyOf(warnings);
    }

    @Override
    public String toString() {
        return "FhirProfile[id=" + profile.id() + ", warnings=" + warnings.size() + "]";
    }
}
