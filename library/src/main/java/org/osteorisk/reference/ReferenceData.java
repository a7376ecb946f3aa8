package org.osteorisk.reference;

import java.util.List;

/**
 * All the editable data of a rule set, from its {@code reference/} folder. Immutable and thread-safe.
 */
public record ReferenceData(
        SourceCatalog sources,
        ReferenceIntakeTable intakes,
        Thresholds thresholds,
        MedicationClasses medications,
        ConditionVocabulary conditions,
        SupplementForms supplementForms,
        AdviceTargets adviceTargets,
        PrecautionTable precautions) {

    /** The folder, inside a rule set, that holds the data files. */
    public static final String FOLDER = "reference";

    /** Thresholds the Java side needs to derive facts; a rule set without them cannot load. */
    public static final List<String> REQUIRED_THRESHOLDS = List.of("tscore_osteoporosis_max", "tscore_osteopenia_below");

    /** The data files of the {@code reference/} folder, in the order they are read. */
    public static final List<String> FILES = List.of(SourceCatalog.FILE, ReferenceIntakeTable.FILE, Thresholds.FILE,
            MedicationClasses.FILE, MedicationClasses.CODES_FILE, MedicationClasses.BRANDS_FILE, ConditionVocabulary.FILE, ConditionVocabulary.CODES_FILE,
            SupplementForms.FILE, AdviceTargets.FILE, PrecautionTable.FILE);

    /**
     * Reads every data file of the rule set's {@code reference/} folder. The result is only meaningful when no problem
     * was added.
     */
    public static ReferenceData load(RuleSetFiles files, ProblemList problems) {
        SourceCatalog sources = SourceCatalog.load(file(files, SourceCatalog.FILE), problems);
        ReferenceIntakeTable intakes = ReferenceIntakeTable.load(file(files, ReferenceIntakeTable.FILE), sources,
                problems);
        RuleFile thresholdsFile = file(files, Thresholds.FILE);
        Thresholds thresholds = Thresholds.load(thresholdsFile, sources, problems);
        for (String name : REQUIRED_THRESHOLDS) {
            if (!thresholds.contains(name)) {
                problems.add(thresholdsFile.displayName(), 0, 0, "missing threshold " + name
                        + ": it is needed to derive bone status");
            }
        }
        AdviceTargets targets = AdviceTargets.load(file(files, AdviceTargets.FILE), problems);
        return new ReferenceData(sources, intakes, thresholds, MedicationClasses.load(files, problems),
                ConditionVocabulary.load(files, problems), SupplementForms.load(file(files, SupplementForms.FILE),
                problems), targets, PrecautionTable.load(file(files, PrecautionTable.FILE), targets, problems));
    }

    /** A data file of the {@code reference/} folder. */
    static RuleFile file(RuleSetFiles files, String name) {
        return files.file(FOLDER + "/" + name);
    }
}
