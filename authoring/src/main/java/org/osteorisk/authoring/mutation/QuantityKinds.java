package org.osteorisk.authoring.mutation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osteorisk.model.Nutrient;
import org.osteorisk.reference.Threshold;
import org.osteorisk.reference.Thresholds;

/**
 * What each number an explanation can quote measures, so that a mutation swaps a variable only for another of the
 * same kind: the same unit, and for a nutrient the same nutrient ({@code {vitamin_d.rda}} and
 * {@code {threshold.vitamin_d_bone_disease_min}} are both vitamin D in IU/day; {@code {lab.serum_25ohd}} and the
 * 25(OH)D cut-offs are ng/mL). The list of variables is docs/authoring.md, section 5.
 */
final class QuantityKinds {

    /** Intake fields quoted as bare numbers. */
    private static final List<String> INTAKE_FIELDS = List.of("total", "dietary", "supplemental", "rda", "ear", "ul");
    /** The person's numeric values and lab values, with their units as thresholds.csv writes them. */
    private static final Map<String, String> PERSON_AND_LAB_UNITS = Map.ofEntries(
            Map.entry("person.age", "years"),
            Map.entry("person.soda", "drinks/day"),
            Map.entry("person.exercise", "min/week"),
            Map.entry("person.ost", "OST index"),
            Map.entry("person.glucocorticoid_dose", "mg/day"),
            Map.entry("person.glucocorticoid_months", "months"),
            Map.entry("lab.serum_25ohd", "ng/mL"),
            Map.entry("lab.serum_b12", "pg/mL"),
            Map.entry("lab.homocysteine", "umol/L"),
            Map.entry("lab.tscore", "T-score"),
            Map.entry("ratio.calcium_magnesium", "ratio"),
            Map.entry("ratio.calcium_magnesium_rda", "ratio"));

    /** Every variable with a kind, mapped to it. */
    private final Map<String, String> kinds = new LinkedHashMap<>();

    QuantityKinds(Thresholds thresholds) {
        for (Nutrient nutrient : Nutrient.values()) {
            for (String field : INTAKE_FIELDS) {
                kinds.put(nutrient.key() + "." + field, nutrient.unit().key() + "/day " + nutrient.key());
            }
        }
        kinds.putAll(PERSON_AND_LAB_UNITS);
        for (Threshold t : thresholds.all()) {
            kinds.put("threshold." + t.name(), t.unit() + subject(t.name()));
        }
    }

    /** A threshold named after a nutrient is about that nutrient ({@code vitamin_d_bone_disease_min}). */
    private static String subject(String threshold) {
        for (Nutrient nutrient : Nutrient.values()) {
            if (threshold.startsWith(nutrient.key() + "_")) {
                return " " + nutrient.key();
            }
        }
        return "";
    }

    /** The other variables of the same kind as {@code variable}, in a fixed order; empty for text variables. */
    List<String> sameKind(String variable) {
        String kind = kinds.get(variable);
        List<String> others = new ArrayList<>();
        if (kind != null) {
            kinds.forEach((name, k) -> {
                if (k.equals(kind) && !name.equals(variable)) {
                    others.add(name);
                }
            });
        }
        return others;
    }
}
