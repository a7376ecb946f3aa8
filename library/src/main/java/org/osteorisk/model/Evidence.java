package org.osteorisk.model;

import java.util.Locale;

/** How strong the claim behind a finding is. */
public enum Evidence {
    /** An authority's guideline or a meta-analysis. */
    GUIDELINE,
    /** Single studies. */
    STUDY,
    /** Expert or advocacy opinion. */
    OPINION;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Evidence parse(String text) {
        for (Evidence e : values()) {
            if (e.key().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        throw new IllegalArgumentException("expected guideline, study or opinion");
    }
}
