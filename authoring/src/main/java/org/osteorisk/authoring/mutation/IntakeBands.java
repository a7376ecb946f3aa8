package org.osteorisk.authoring.mutation;

import org.osteorisk.model.Nutrient;

/** How a row of intakes.csv is named in the report: "women aged 51-70", "calcium". */
final class IntakeBands {

    private IntakeBands() {
    }

    /** The group a band describes, as explanations name it. */
    static String group(CsvText.Row header, CsvText.Row row) {
        String sex = row.value(header.indexOf("sex")).trim();
        String who = sex.equals("female") ? "women" : sex.equals("male") ? "men" : "adults";
        String to = row.value(header.indexOf("age_to")).trim();
        return who + " aged " + row.value(header.indexOf("age_from")).trim() + (to.isEmpty() ? "+" : "-" + to);
    }

    /** The nutrient's name in words, or the key as written when it is not one. */
    static String nutrientLabel(String key) {
        try {
            return Nutrient.fromKey(key.trim()).label();
        } catch (IllegalArgumentException e) {
            return key.trim();
        }
    }
}
