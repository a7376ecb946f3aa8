package org.osteorisk.fhir;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.osteorisk.engine.RuleSet;
import org.osteorisk.model.Profile;
import org.osteorisk.reference.ReferenceData;
import org.osteorisk.reference.TermResolution;

/**
 * Reads FHIR R4 resources about one patient into a {@link FhirProfile}: {@code Patient} (birth date to age,
 * gender), {@code Observation} by LOINC ({@link ObservationTable}), {@code Condition} by SNOMED CT or ICD-10, and
 * {@code MedicationStatement} and {@code MedicationRequest} by RxNorm or ATC. Codes of conditions and medicines are
 * resolved by the rule set's own vocabulary (docs/vocabulary.md). Everything that cannot be used is a
 * {@link FhirWarning}. Thread-safe and immutable: one mapper serves every request.
 */
public final class FhirProfileMapper {

    static final Set<String> CONDITION_SYSTEMS = Set.of("http://snomed.info/sct", "http://hl7.org/fhir/sid/icd-10",
            "http://hl7.org/fhir/sid/icd-10-cm");
    static final Set<String> MEDICATION_SYSTEMS = Set.of("http://www.nlm.nih.gov/research/umls/rxnorm",
            "http://www.whocc.no/atc");
    private static final Set<String> ACTIVE_CONDITION = Set.of("active", "recurrence", "relapse");
    private static final Set<String> REFUTED_CONDITION = Set.of("refuted", "entered-in-error");
    private static final Set<MedicationStatement.MedicationStatementStatus> TAKEN = Set.of(
            MedicationStatement.MedicationStatementStatus.ACTIVE, MedicationStatement.MedicationStatementStatus.INTENDED);

    private final Clock clock;
    private final ReferenceData reference;
    private final ObservationTable observations;

    private FhirProfileMapper(Clock clock, ReferenceData reference, ObservationTable observations) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.observations = Objects.requireNonNull(observations, "observations");
    }

    /** A mapper with the bundled rule set's vocabulary and the bundled observation tables. */
    public static FhirProfileMapper create(Clock clock) {
        return create(clock, RuleSet.bundled().reference(), ObservationTable.bundled());
    }

    /** A mapper with a rule set's own vocabulary (the one that will assess the profile) and observation tables. */
    public static FhirProfileMapper create(Clock clock, ReferenceData reference, ObservationTable observations) {
        return new FhirProfileMapper(clock, reference, observations);
    }

    public ObservationTable observations() {
        return observations;
    }

    /**
     * Reads the resources (bundles are opened) into one profile.
     *
     * @param profileId the id the profile gets (the Patient's logical id, usually)
     */
    public FhirProfile map(String profileId, Collection<? extends IBaseResource> resources) {
        return new Mapping(profileId).read(resources);
    }

    /** Reads a bundle's resources; the profile id is the logical id of the bundle's first Patient. */
    public FhirProfile map(Bundle bundle) {
        String id = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance).map(r -> r.getIdElement().getIdPart()).filter(Objects::nonNull)
                .findFirst().orElseThrow(() -> new FhirInputException("the bundle has no Patient with an id"));
        return map(id, List.of(bundle));
    }

    /**
     * Parses FHIR R4 JSON (a Bundle, or one resource with {@code profileId} given) and maps it.
     *
     * @throws FhirInputException when the text is not FHIR R4 JSON; the message never quotes the text
     */
    public FhirProfile mapJson(String json) {
        IBaseResource resource = parse(json);
        if (resource instanceof Bundle bundle) {
            return map(bundle);
        }
        if (resource instanceof Patient patient && patient.getIdElement().getIdPart() != null) {
            return map(patient.getIdElement().getIdPart(), List.of(patient));
        }
        throw new FhirInputException("expected a Bundle, or a Patient with an id; got " + resource.fhirType());
    }

    /** Parses FHIR R4 JSON with HAPI. @throws FhirInputException naming HAPI's error code, never the content */
    public static IBaseResource parse(String json) {
        try {
            return FhirContext.forR4Cached().newJsonParser().parseResource(json);
        } catch (DataFormatException | ClassCastException e) {
            String message = String.valueOf(e.getMessage());
            String code = message.startsWith("HAPI-") ? message.substring(0, message.indexOf(':') > 0
                    ? message.indexOf(':') : message.length()) : e.getClass().getSimpleName();
            throw new FhirInputException("not valid FHIR R4 JSON (" + code + ")", e);
        }
    }

    /** The state of one call of {@link #map(String, Collection)}. */
    private final class Mapping {
        private final String profileId;
        private final List<FhirWarning> warnings = new ArrayList<>();
        private final List<Resource> resources = new ArrayList<>();
        private final List<String> conditions = new ArrayList<>();
        private final List<String> medications = new ArrayList<>();
        private final LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        private final ObservationReading readings = new ObservationReading(observations, today, warnings);
        private Patient patient;

        Mapping(String profileId) {
            this.profileId = Objects.requireNonNull(profileId, "profileId");
        }

        FhirProfile read(Collection<? extends IBaseResource> input) {
            input.forEach(this::collect);
            patient = resources.stream().filter(Patient.class::isInstance).map(Patient.class::cast)
                    .filter(p -> profileId.equals(p.getIdElement().getIdPart())).findFirst()
                    .orElse(resources.stream().filter(Patient.class::isInstance).map(Patient.class::cast)
                            .findFirst().orElse(null));
            for (Resource resource : resources) {
                if (resource != patient) {
                    readOne(resource);
                }
            }
            return new FhirProfile(build(), warnings);
        }

        private void collect(IBaseResource resource) {
            if (resource instanceof Bundle bundle) {
                bundle.getEntry().forEach(entry -> {
                    if (entry.hasResource()) {
                        collect(entry.getResource());
                    }
                });
            } else if (resource instanceof Resource r) {
                resources.add(r);
            } else if (resource != null) {
                warn(resource.fhirType(), "", "RESOURCE_NOT_USED", "not a FHIR R4 resource");
            }
        }

        private void readOne(Resource resource) {
            String label = label(resource);
            if (resource instanceof Patient) {
                warn(label, "", "OTHER_PATIENT", "a second Patient: only " + label(patient) + " is assessed");
            } else if (resource instanceof Observation o) {
                if (aboutPatient(o.getSubject(), label)) {
                    readings.add(o, label);
                }
            } else if (resource instanceof Condition c) {
                if (aboutPatient(c.getSubject(), label)) {
                    readCondition(c, label);
                }
            } else if (resource instanceof MedicationStatement s) {
                if (aboutPatient(s.getSubject(), label)) {
                    readStatement(s, label);
                }
            } else if (resource instanceof MedicationRequest r) {
                if (aboutPatient(r.getSubject(), label)) {
                    readRequest(r, label);
                }
            } else if (!(resource instanceof Medication)) {
                warn(label, "", "RESOURCE_NOT_USED", resource.fhirType() + " is not read by the assessment");
            }
        }

        private boolean aboutPatient(Reference subject, String label) {
            if (patient == null || subject == null || subject.isEmpty()) {
                return true;
            }
            String id = patient.getIdElement().getIdPart();
            boolean same = id != null && id.equals(subject.getReferenceElement().getIdPart());
            if (!same) {
                warn(label, "subject", "OTHER_PATIENT", "about another patient than " + label(patient));
            }
            return same;
        }

        private void readCondition(Condition condition, String label) {
            String clinical = status(condition.getClinicalStatus());
            String verification = status(condition.getVerificationStatus());
            if (clinical != null && !ACTIVE_CONDITION.contains(clinical)) {
                warn(label, "clinicalStatus", "STATUS_NOT_USED", "clinical status '" + clinical
                        + "': only active, recurrence and relapse are used");
            } else if (verification != null && REFUTED_CONDITION.contains(verification)) {
                warn(label, "verificationStatus", "STATUS_NOT_USED", "verification status '" + verification
                        + "' is not used");
            } else {
                term(condition.getCode(), CONDITION_SYSTEMS, reference.conditions()::resolve, label, "code")
                        .ifPresent(conditions::add);
            }
        }

        private void readStatement(MedicationStatement statement, String label) {
            if (!TAKEN.contains(statement.getStatus())) {
                warn(label, "status", "STATUS_NOT_USED", "status '" + (statement.hasStatus()
                        ? statement.getStatus().toCode() : "missing") + "': only active and intended are used");
                return;
            }
            medication(statement.hasMedicationReference() ? statement.getMedicationReference() : null,
                    statement.hasMedicationCodeableConcept() ? statement.getMedicationCodeableConcept() : null,
                    label, statement.hasDosage());
        }

        private void readRequest(MedicationRequest request, String label) {
            if (request.getStatus() != MedicationRequest.MedicationRequestStatus.ACTIVE) {
                warn(label, "status", "STATUS_NOT_USED", "status '" + (request.hasStatus()
                        ? request.getStatus().toCode() : "missing") + "': only active requests are used");
                return;
            }
            medication(request.hasMedicationReference() ? request.getMedicationReference() : null,
                    request.hasMedicationCodeableConcept() ? request.getMedicationCodeableConcept() : null,
                    label, request.hasDosageInstruction());
        }

        private void medication(Reference reference, CodeableConcept concept, String label, boolean hasDosage) {
            CodeableConcept code = concept;
            String element = "medicationCodeableConcept";
            if (code == null && reference != null) {
                code = referencedMedication(reference);
                element = "medicationReference";
                if (code == null) {
                    warn(label, element, "REFERENCE_NOT_RESOLVED", "the Medication it names is not among the resources");
                    return;
                }
            }
            if (code == null) {
                warn(label, "medication[x]", "CODE_MISSING", "no medication code");
                return;
            }
            term(code, MEDICATION_SYSTEMS, FhirProfileMapper.this.reference.medications()::resolve, label, element)
                    .ifPresent(term -> {
                        medications.add(term);
                        if (hasDosage) {
                            warn(label, "dosage", "DOSE_NOT_READ", "the dose is not read: a glucocorticoid's dose "
                                    + "and duration come from the profile's glucocorticoid fields");
                        }
                    });
        }

        private CodeableConcept referencedMedication(Reference reference) {
            String ref = reference.getReference();
            for (Resource r : resources) {
                if (r instanceof Medication m && ref != null && (ref.equals("Medication/" + m.getIdElement().getIdPart())
                        || ref.equals("#" + m.getIdElement().getIdPart()) || ref.equals(m.getId()))) {
                    return m.getCode();
                }
            }
            if (reference.getResource() instanceof Medication m) {
                return m.getCode();
            }
            return null;
        }

        /**
         * The coding to put in the profile: the first one the rule set's vocabulary recognises, else the first one of
         * a known system (the assessment then warns that it is not recognised), else the text.
         */
        private Optional<String> term(CodeableConcept concept, Set<String> systems, Function<String, TermResolution> vocabulary,
                String label, String element) {
            String fallback = null;
            for (Coding coding : concept.getCoding()) {
                if (coding.hasCode() && systems.contains(coding.getSystem())) {
                    String token = coding.getSystem() + "|" + coding.getCode();
                    if (vocabulary.apply(token).recognised()) {
                        return Optional.of(token);
                    }
                    fallback = fallback == null ? token : fallback;
                }
            }
            if (fallback == null && concept.hasText()) {
                fallback = concept.getText();
            }
            if (fallback == null) {
                warn(label, element, "CODE_NOT_RECOGNISED", "no coding of a system the assessment reads ("
                        + String.join(", ", systems.stream().sorted().toList()) + ") and no text");
            }
            return Optional.ofNullable(fallback);
        }

        private Profile build() {
            Map<String, ObservationReading.Reading> latest = readings.latest();
            Profile.Builder builder = Profile.builder(profileId);
            patient(builder);
            conditions.forEach(builder::condition);
            medications.forEach(builder::medication);
            Double tScore = null;
            for (ObservationReading.Reading r : latest.values()) {
                if (Measure.isTScore(r.measure())) {
                    tScore = tScore == null ? (Double) r.value() : Math.min(tScore, (Double) r.value());
                }
            }
            builder.weightKg(number(latest, Measure.WEIGHT)).heightCm(number(latest, Measure.HEIGHT))
                    .pregnant((Boolean) value(latest, Measure.PREGNANCY_STATUS))
                    .serum25ohdNgMl(number(latest, Measure.SERUM_25OHD)).serumB12PgMl(number(latest, Measure.SERUM_B12))
                    .homocysteineUmolL(number(latest, Measure.HOMOCYSTEINE)).tScore(tScore);
            return ProfileRepair.build(builder, latest, warnings);
        }

        private void patient(Profile.Builder builder) {
            if (patient == null) {
                warn("Patient", "", "PATIENT_MISSING", "no Patient resource: age and sex are unknown");
                return;
            }
            String label = label(patient);
            if (patient.hasBirthDate()) {
                LocalDate born = LocalDate.ofInstant(patient.getBirthDate().toInstant(), ZoneOffset.UTC);
                builder.age(Period.between(born, today).getYears());
            } else {
                warn(label, "birthDate", "VALUE_MISSING", "no birth date: age is unknown");
            }
            if (patient.getGender() == org.hl7.fhir.r4.model.Enumerations.AdministrativeGender.FEMALE) {
                builder.sex(org.osteorisk.model.Sex.FEMALE);
            } else if (patient.getGender() == org.hl7.fhir.r4.model.Enumerations.AdministrativeGender.MALE) {
                builder.sex(org.osteorisk.model.Sex.MALE);
            } else {
                warn(label, "gender", "VALUE_NOT_USED", "administrative gender '" + (patient.hasGender()
                        ? patient.getGender().toCode() : "missing") + "': the reference intakes need female or male");
            }
        }

        private void warn(String resource, String element, String code, String message) {
            warnings.add(new FhirWarning(resource, element, code, message));
        }
    }

    private static Double number(Map<String, ObservationReading.Reading> latest, String measure) {
        return (Double) value(latest, measure);
    }

    private static Object value(Map<String, ObservationReading.Reading> latest, String measure) {
        ObservationReading.Reading r = latest.get(measure);
        return r == null ? null : r.value();
    }

    private static String status(CodeableConcept concept) {
        return concept == null || concept.getCoding().isEmpty() ? null : concept.getCodingFirstRep().getCode();
    }

    static String label(Resource resource) {
        String id = resource.getIdElement().getIdPart();
        return resource.fhirType() + "/" + (id == null ? "(no id)" : id);
    }
}
