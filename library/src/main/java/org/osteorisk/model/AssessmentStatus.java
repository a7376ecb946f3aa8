package org.osteorisk.model;

import java.util.Locale;

/** Whether a profile was assessed, or is outside what the rules are for. */
public enum AssessmentStatus {
    /** Assessed: the rules ran and the findings are the plan (written {@code ok} in outputs). */
    OK,
    /** Outside the adult reference values (age, pregnancy, lactation): no findings, a {@link ScopeNotice} instead. */
    OUT_OF_SCOPE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
