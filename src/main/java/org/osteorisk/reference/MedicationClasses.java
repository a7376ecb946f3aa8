package org.osteorisk.reference;

import java.nio.file.Path;
import java.util.Map;

/**
 * Generic drug name to drug class, from {@code reference/medications.csv} ({@code medication,class,source}).
 * Clinicians extend it with a row per drug.
 */
public final class MedicationClasses {

    static final String FILE = "medications.csv";
    private final Map<String, String> classByName;

    MedicationClasses(Map<String, String> classByName) {
        this.classByName = Map.copyOf(classByName);
    }

    /** The class of a drug, or null when the name is not in the map. */
    public String classOf(String medication) {
        return classByName.get(TermMap.normalise(medication));
    }

    static MedicationClasses load(Path file, String displayName, ProblemList problems) {
        return new MedicationClasses(TermMap.load(file, displayName, "medication", "class", problems));
    }
}
