package org.osteorisk.model;

import java.util.Locale;

/** The person's usual diet. */
public enum Diet {
    OMNIVORE, VEGETARIAN, VEGAN, PESCATARIAN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads omnivore, vegetarian, vegan or pescatarian, in any case. */
    public static Diet parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT);
        for (Diet diet : values()) {
            if (diet.name().equals(key)) {
                return diet;
            }
        }
        throw new IllegalArgumentException("expected omnivore, vegetarian, vegan or pescatarian");
    }
}
