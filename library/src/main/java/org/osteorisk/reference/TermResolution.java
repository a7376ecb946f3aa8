package org.osteorisk.reference;

/**
 * What a condition or medication as written in a profile was read as.
 *
 * @param concept   the canonical condition, or the medication's generic name; null when not recognised (for a
 *                  medication code of a whole class: the class is known, the drug is not)
 * @param drugClass a medication's class; null for a condition, or a medication not recognised
 * @param valueKind how the term was read: {@code name}, or the code system ({@code snomed_ct}, {@code icd_10},
 *                  {@code icd_10_cm}, {@code atc}, {@code rxnorm})
 */
public record TermResolution(String concept, String drugClass, String valueKind) {

    /** Whether the vocabulary knows the term. */
    public boolean recognised() {
        return concept != null || drugClass != null;
    }
}
