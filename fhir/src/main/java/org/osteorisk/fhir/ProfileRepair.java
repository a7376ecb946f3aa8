package org.osteorisk.fhir;

import java.util.List;
import java.util.Map;

import org.osteorisk.model.Profile;
import org.osteorisk.model.ProfileValidationException;

/**
 * Builds the profile; a value outside its plausible range (a weight of 7,000 kg from a unit typo) is left out with a
 * warning naming the observation it came from, and the rest of the profile is kept.
 */
final class ProfileRepair {

    /** The profile field a measure fills, as {@link ProfileValidationException.Problem#field()} names it. */
    private static final Map<String, String> FIELDS = Map.of("weight_kg", Measure.WEIGHT, "height_cm", Measure.HEIGHT,
            "serum_25ohd_ng_ml", Measure.SERUM_25OHD, "serum_b12_pg_ml", Measure.SERUM_B12,
            "homocysteine_umol_l", Measure.HOMOCYSTEINE, "pregnant", Measure.PREGNANCY_STATUS);

    private ProfileRepair() {
    }

    static Profile build(Profile.Builder builder, Map<String, ObservationReading.Reading> latest,
            List<FhirWarning> warnings) {
        try {
            return builder.build();
        } catch (ProfileValidationException e) {
            for (ProfileValidationException.Problem problem : e.problems()) {
                String field = String.valueOf(problem.field());
                String measure = FIELDS.get(field);
                if (measure == null && !field.equals("tscore") && !field.equals("age")) {
                    throw e;
                }
                clear(builder, field);
                warnings.add(new FhirWarning(source(latest, measure, field), "value[x]", "VALUE_OUT_OF_RANGE",
                        field + " " + problem.message() + ": not used"));
            }
            return builder.build();
        }
    }

    private static String source(Map<String, ObservationReading.Reading> latest, String measure, String field) {
        if (field.equals("age")) {
            return "Patient";
        }
        if (measure == null) {
            return "Observation (T-score)";
        }
        return latest.get(measure).resource();
    }

    private static void clear(Profile.Builder builder, String field) {
        switch (field) {
            case "weight_kg" -> builder.weightKg(null);
            case "height_cm" -> builder.heightCm(null);
            case "serum_25ohd_ng_ml" -> builder.serum25ohdNgMl(null);
            case "serum_b12_pg_ml" -> builder.serumB12PgMl(null);
            case "homocysteine_umol_l" -> builder.homocysteineUmolL(null);
            case "tscore" -> builder.tScore(null);
            case "pregnant" -> builder.pregnant(null);
            default -> builder.age(null);
        }
    }
}
