package org.osteorisk.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;

/**
 * The observations of one mapping, reduced to one value per measure: the latest usable observation wins; the others,
 * and those that cannot be used, become warnings. Not thread-safe: one per mapping.
 */
final class ObservationReading {

    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    /** LOINC answers to 82810-3 Pregnancy status (LOINC answer list; IHE and ISiK pregnancy status value sets). */
    static final String PREGNANT = "LA15173-0";
    static final String NOT_PREGNANT = "LA26683-5";
    static final String PREGNANCY_UNKNOWN = "LA4489-6";
    private static final Set<Observation.ObservationStatus> USABLE = Set.of(Observation.ObservationStatus.FINAL,
            Observation.ObservationStatus.AMENDED, Observation.ObservationStatus.CORRECTED);

    /** A usable value of a measure, with the resource it came from. */
    record Reading(String measure, Instant when, Object value, String resource) {
    }

    private final ObservationTable table;
    private final LocalDate today;
    private final List<FhirWarning> warnings;
    private final Map<String, List<Reading>> byMeasure = new HashMap<>();

    ObservationReading(ObservationTable table, LocalDate today, List<FhirWarning> warnings) {
        this.table = table;
        this.today = today;
        this.warnings = warnings;
    }

    void add(Observation observation, String resource) {
        Optional<ObservationTable.Code> code = code(observation.getCode());
        if (code.isEmpty()) {
            warn(resource, "code", "CODE_NOT_RECOGNISED", "no LOINC code of this observation is one the assessment uses");
            return;
        }
        String measure = code.get().measure();
        if (!USABLE.contains(observation.getStatus())) {
            warn(resource, "status", "STATUS_NOT_USED", "status '" + statusText(observation)
                    + "' is not a result: only final, amended and corrected observations are used");
            return;
        }
        Instant when = when(observation);
        if (when == null) {
            warn(resource, "effective", "DATE_MISSING", "no effective date or issued time: its age cannot be told");
            return;
        }
        LocalDate day = LocalDate.ofInstant(when, ZoneOffset.UTC);
        if (day.plusDays(code.get().windowDays()).isBefore(today)) {
            warn(resource, "effective", "OBSERVATION_TOO_OLD", code.get().display() + " older than "
                    + code.get().windowDays() + " days is not used");
            return;
        }
        Object value = measure.equals(Measure.PREGNANCY_STATUS) ? pregnancy(observation, resource)
                : quantity(observation, measure, resource);
        if (value != null) {
            byMeasure.computeIfAbsent(measure, m -> new ArrayList<>()).add(new Reading(measure, when, value, resource));
        }
    }

    /** The latest reading of each measure; every earlier one is reported as superseded. */
    Map<String, Reading> latest() {
        Map<String, Reading> latest = new HashMap<>();
        byMeasure.forEach((measure, readings) -> {
            readings.sort(Comparator.comparing(Reading::when).reversed());
            latest.put(measure, readings.get(0));
            for (Reading older : readings.subList(1, readings.size())) {
                warn(older.resource(), "effective", "SUPERSEDED", "a later observation of " + measure + " ("
                        + readings.get(0).resource() + ") is used instead");
            }
        });
        return latest;
    }

    private Optional<ObservationTable.Code> code(CodeableConcept concept) {
        for (Coding coding : concept.getCoding()) {
            if (LOINC.equals(coding.getSystem()) && coding.hasCode()) {
                Optional<ObservationTable.Code> code = table.code(coding.getCode());
                if (code.isPresent()) {
                    return code;
                }
            }
        }
        return Optional.empty();
    }

    private Double quantity(Observation observation, String measure, String resource) {
        if (!observation.hasValueQuantity() || !observation.getValueQuantity().hasValue()) {
            warn(resource, "value[x]", "VALUE_MISSING", "no valueQuantity with a value");
            return null;
        }
        Quantity quantity = observation.getValueQuantity();
        if (quantity.hasComparator()) {
            warn(resource, "valueQuantity.comparator", "VALUE_NOT_EXACT",
                    "a value given as a bound (<, <=, >=, >) is not used");
            return null;
        }
        String unit = quantity.hasCode() ? quantity.getCode() : null;
        boolean ucum = !quantity.hasSystem() && unit == null || UCUM.equals(quantity.getSystem());
        Optional<Double> factor = unit == null && Measure.isTScore(measure) ? Optional.of(1.0)
                : ucum && unit != null ? table.factor(measure, unit) : Optional.empty();
        if (factor.isEmpty()) {
            warn(resource, "valueQuantity.code", "UNIT_NOT_CONVERTIBLE", (unit == null ? "no UCUM unit code"
                    : "unit '" + unit + "'" + (ucum ? "" : " of another system than UCUM"))
                    + " cannot be converted for " + measure);
            return null;
        }
        return quantity.getValue().doubleValue() * factor.get();
    }

    private Boolean pregnancy(Observation observation, String resource) {
        if (observation.hasValueCodeableConcept()) {
            for (Coding coding : observation.getValueCodeableConcept().getCoding()) {
                if (LOINC.equals(coding.getSystem())) {
                    switch (String.valueOf(coding.getCode())) {
                        case PREGNANT: return Boolean.TRUE;
                        case NOT_PREGNANT: return Boolean.FALSE;
                        case PREGNANCY_UNKNOWN:
                            warn(resource, "valueCodeableConcept", "VALUE_UNKNOWN",
                                    "pregnancy status 'Unknown' leaves pregnancy unknown");
                            return null;
                        default: break;
                    }
                }
            }
        }
        warn(resource, "valueCodeableConcept", "VALUE_NOT_RECOGNISED",
                "expected a LOINC answer: LA15173-0 Pregnant, LA26683-5 Not pregnant or LA4489-6 Unknown");
        return null;
    }

    private static Instant when(Observation observation) {
        Date date = null;
        if (observation.hasEffectiveDateTimeType()) {
            date = observation.getEffectiveDateTimeType().getValue();
        } else if (observation.hasEffectivePeriod() && observation.getEffectivePeriod().hasEnd()) {
            date = observation.getEffectivePeriod().getEnd();
        } else if (observation.hasEffectivePeriod() && observation.getEffectivePeriod().hasStart()) {
            date = observation.getEffectivePeriod().getStart();
        } else if (observation.hasEffectiveInstantType()) {
            date = observation.getEffectiveInstantType().getValue();
        } else if (observation.hasIssued()) {
            date = observation.getIssued();
        }
        return date == null ? null : date.toInstant();
    }

    private static String statusText(Observation observation) {
        return observation.hasStatus() ? observation.getStatus().toCode() : "missing";
    }

    private void warn(String resource, String element, String code, String message) {
        warnings.add(new FhirWarning(resource, element, code, message));
    }
}
