package org.osteorisk.fhir;

import java.util.Objects;

/**
 * A FHIR element that could not be used, and why, in words a clinician or an integrator can act on.
 *
 * <p>Names the resource and the element, never a health value: {@code Observation/obs-7}, {@code valueQuantity.code},
 * "unit 'mmol/L' is not a unit of 25-hydroxyvitamin D".
 *
 * @param resource the resource type and id, e.g. {@code Observation/obs-7} ({@code Observation/#3} when it has no id)
 * @param element  the FHIRPath-like element within it, e.g. {@code code}, {@code valueQuantity.code}
 * @param code     a stable machine-readable kind, e.g. {@code CODE_NOT_RECOGNISED}, {@code UNIT_NOT_CONVERTIBLE},
 *                 {@code OBSERVATION_TOO_OLD}, {@code SUPERSEDED}, {@code RESOURCE_NOT_USED}
 * @param message  what was not used and why
 */
public record FhirWarning(String resource, String element, String code, String message) {

    public FhirWarning {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
