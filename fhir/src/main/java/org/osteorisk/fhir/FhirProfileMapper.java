package org.osteorisk.fhir;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Reads FHIR R4 resources about one patient into a {@link FhirProfile}: {@code Patient} (birth date to age,
 * gender), {@code Observation} by LOINC, {@code Condition} by SNOMED CT or ICD-10, {@code MedicationStatement} and
 * {@code MedicationRequest} by RxNorm or ATC, and a {@code QuestionnaireResponse} to the food-frequency
 * questionnaire. Thread-safe; immutable.
 *
 * <p>Skeleton of the contract: the mapping itself is being written (issue 12).
 */
public final class FhirProfileMapper {

    private final Clock clock;

    private FhirProfileMapper(Clock clock) {
        this.clock = clock;
    }

    /** A mapper with the bundled code tables, dating observations against the given clock. */
    public static FhirProfileMapper create(Clock clock) {
        return new FhirProfileMapper(clock);
    }

    /**
     * Reads the resources (bundles are opened, resources about other patients are warnings) into one profile.
     *
     * @param profileId the id the profile gets (the Patient's logical id, usually)
     */
    public FhirProfile map(String profileId, Collection<? extends IBaseResource> resources) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Reads a bundle's resources; the profile id is the bundle's Patient's logical id. */
    public FhirProfile map(Bundle bundle) {
        throw new UnsupportedOperationException("not written yet");
    }

    Clock clock() {
        return clock;
    }

    static List<String> supportedResourceTypes() {
        return List.of("Patient", "Observation", "Condition", "MedicationStatement", "MedicationRequest",
                "QuestionnaireResponse");
    }
}
