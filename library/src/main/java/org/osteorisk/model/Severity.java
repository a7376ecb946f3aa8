package org.osteorisk.model;

import java.util.Locale;

/** How urgent a finding is, as in a CDS Hooks card: info, warning, critical. */
public enum Severity {
    INFO, WARNING, CRITICAL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.key().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("expected info, warning or critical");
    }
}
