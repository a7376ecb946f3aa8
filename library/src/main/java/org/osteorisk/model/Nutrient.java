package org.osteorisk.model;

import java.util.Locale;

/** The nutrients the rules assess, each with the one unit every amount of it is converted to. */
public enum Nutrient {
    CALCIUM("calcium", "calcium", DoseUnit.MG),
    MAGNESIUM("magnesium", "magnesium", DoseUnit.MG),
    VITAMIN_D("vitamin_d", "vitamin D", DoseUnit.IU),
    VITAMIN_B12("vitamin_b12", "vitamin B12", DoseUnit.MCG),
    VITAMIN_K("vitamin_k", "vitamin K", DoseUnit.MCG);

    private final String key;
    private final String label;
    private final DoseUnit unit;

    Nutrient(String key, String label, DoseUnit unit) {
        this.key = key;
        this.label = label;
        this.unit = unit;
    }

    /** The name used in files and results: {@code calcium}, {@code vitamin_d}, ... */
    public String key() {
        return key;
    }

    /** The name used in explanations: "calcium", "vitamin D", ... */
    public String label() {
        return label;
    }

    /** The unit every daily amount of this nutrient is expressed in. */
    public DoseUnit unit() {
        return unit;
    }

    /** The CSV column holding the daily dietary intake, e.g. {@code calcium_mg}. */
    public String intakeColumn() {
        return key + "_" + unit.key().toLowerCase(Locale.ROOT);
    }

    public static Nutrient fromKey(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (Nutrient nutrient : values()) {
            if (nutrient.key.equals(key)) {
                return nutrient;
            }
        }
        throw new IllegalArgumentException("expected one of calcium, magnesium, vitamin_d, vitamin_b12, vitamin_k");
    }
}
