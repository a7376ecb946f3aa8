package org.osteorisk.model;

import java.util.Locale;

/** Units a supplement dose may be written in. */
public enum DoseUnit {
    G("g"), MG("mg"), MCG("mcg"), IU("IU");

    /** Vitamin D: 1 mcg = 40 IU. */
    public static final double IU_PER_MCG_VITAMIN_D = 40.0;

    private final String key;

    DoseUnit(String key) {
        this.key = key;
    }

    /** The unit as written in files and explanations: g, mg, mcg, IU. */
    public String key() {
        return key;
    }

    /** Reads g, mg, mcg (also µg and ug) or IU, in any case. */
    public static DoseUnit parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "g": return G;
            case "mg": return MG;
            case "mcg": case "ug": case "\u00b5g": case "\u03bcg": return MCG;
            case "iu": return IU;
            default: throw new IllegalArgumentException("expected a unit: mg, mcg, g or IU");
        }
    }

    /** Micrograms in one of this unit, for the mass units. */
    double micrograms() {
        switch (this) {
            case G: return 1_000_000.0;
            case MG: return 1_000.0;
            case MCG: return 1.0;
            default: throw new IllegalStateException("IU is not a mass unit");
        }
    }

    /**
     * Converts an amount of a nutrient from this unit to {@code target}.
     *
     * @throws IllegalArgumentException when IU is used for a nutrient other than vitamin D
     */
    public double convert(double amount, DoseUnit target, Nutrient nutrient) {
        if (this == target) {
            return amount;
        }
        if ((this == IU || target == IU) && nutrient != Nutrient.VITAMIN_D) {
            throw new IllegalArgumentException("IU is used for vitamin D only");
        }
        double mcg = this == IU ? amount / IU_PER_MCG_VITAMIN_D : amount * micrograms();
        return target == IU ? mcg * IU_PER_MCG_VITAMIN_D : mcg / target.micrograms();
    }
}
