package org.osteorisk.model;

/** Bone density status, from a diagnosis or the lowest T-score. */
public enum BoneStatus {
    OSTEOPOROSIS("osteoporosis"),
    OSTEOPENIA("osteopenia"),
    /** A T-score at or above the osteopenia cut-off and no diagnosis. */
    NORMAL("normal bone density"),
    /** No diagnosis and no T-score. */
    UNKNOWN("unknown");

    private final String label;

    BoneStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
