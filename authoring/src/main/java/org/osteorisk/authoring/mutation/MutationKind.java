package org.osteorisk.authoring.mutation;

/** The sorts of mistake {@code rules mutate} makes, each in words for the report. */
public enum MutationKind {
    COMPARISON("comparisons in rule conditions"),
    REFERENCE_VALUE("reference values (intakes.csv, thresholds.csv)"),
    AGE_BAND("age-band edges (intakes.csv)"),
    SEVERITY("severities"),
    EXPLANATION_VARIABLE("numbers quoted by explanations");

    private final String label;

    MutationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
