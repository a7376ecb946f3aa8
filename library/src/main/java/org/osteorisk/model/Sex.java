package org.osteorisk.model;

import java.util.Locale;

/** Biological sex, which selects the reference intake band. */
public enum Sex {
    FEMALE("female", "women"),
    MALE("male", "men");

    private final String key;
    private final String plural;

    Sex(String key, String plural) {
        this.key = key;
        this.plural = plural;
    }

    /** The lower-case name used in files: {@code female} or {@code male}. */
    public String key() {
        return key;
    }

    /** How a group of this sex is named in explanations: "women", "men". */
    public String plural() {
        return plural;
    }

    /** Reads {@code female}, {@code male}, {@code f} or {@code m}, in any case. */
    public static Sex parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "female": case "f": return FEMALE;
            case "male": case "m": return MALE;
            default: throw new IllegalArgumentException("expected female or male (also f or m)");
        }
    }
}
