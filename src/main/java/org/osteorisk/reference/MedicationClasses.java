package org.osteorisk.reference;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Generic drug name to drug class, from {@code reference/medications.csv} ({@code medication,class,source}).
 * Clinicians extend it with a row per drug.
 */
public final class MedicationClasses {

    static final String FILE = "medications.csv";
    private static final List<String> COLUMNS = List.of("medication", "class", "source");

    private final Map<String, String> classByName;

    MedicationClasses(Map<String, String> classByName) {
        this.classByName = Map.copyOf(classByName);
    }

    /** The class of a drug, or null when the name is not in the map. */
    public String classOf(String medication) {
        return classByName.get(TermMap.normalise(medication));
    }

    static MedicationClasses load(Path file, String displayName, ProblemList problems) {
        Map<String, String> map = new HashMap<>();
        new DataFile(displayName, problems).read(file, COLUMNS, row -> {
            String name = TermMap.normalise(row.text("medication"));
            String drugClass = TermMap.normalise(row.text("class"));
            row.text("source");
            String earlier = map.putIfAbsent(name, drugClass);
            if (earlier != null && !earlier.equals(drugClass)) {
                throw row.fail("class", "medication listed earlier with class " + earlier);
            }
        });
        return new MedicationClasses(map);
    }
}
