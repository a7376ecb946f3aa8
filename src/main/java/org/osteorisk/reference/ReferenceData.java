package org.osteorisk.reference;

import java.nio.file.Path;
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

    /** The data files, in the order they are read. */
    public static final List<String> FILES = List.of(SourceCatalog.FILE, ReferenceIntakeTable.FILE, Thresholds.FILE,
            MedicationClasses.FILE, MedicationClasses.CODES_FILE, MedicationClasses.BRANDS_FILE, ConditionVocabulary.FILE, ConditionVocabulary.CODES_FILE,
            SupplementForms.FILE, AdviceTargets.FILE, PrecautionTable.FILE);

    /**
     * Reads every data file of {@code folder}; problems go to {@code problems}, named as {@code displayFolder/file}.
     * The result is only meaningful when no problem was added.
     */
    public static ReferenceData load(Path folder, String displayFolder, ProblemList problems) {
        SourceCatalog sources = SourceCatalog.load(folder.resolve(SourceCatalog.FILE),
                displayFolder + "/" + SourceCatalog.FILE, problems);
        ReferenceIntakeTable intakes = ReferenceIntakeTable.load(folder.resolve(ReferenceIntakeTable.FILE),
                displayFolder + "/" + ReferenceIntakeTable.FILE, sources, problems);
        String thresholdsName = displayFolder + "/" + Thresholds.FILE;
        Thresholds thresholds = Thresholds.load(folder.resolve(Thresholds.FILE), thresholdsName, sources, problems);
        for (String name : REQUIRED_THRESHOLDS) {
            if (!thresholds.contains(name)) {
                problems.add(thresholdsName, 0, 0, "missing threshold " + name + ": it is needed to derive bone status");
            }
        }
        AdviceTargets targets = AdviceTargets.load(folder.resolve(AdviceTargets.FILE),
                displayFolder + "/" + AdviceTargets.FILE, problems);
        return new ReferenceData(sources, intakes, thresholds,
                MedicationClasses.load(folder, displayFolder, problems),
                ConditionVocabulary.load(folder, displayFolder, problems),
                SupplementForms.load(folder.resolve(SupplementForms.FILE),
                        displayFolder + "/" + SupplementForms.FILE, problems),
                targets,
                PrecautionTable.load(folder.resolve(PrecautionTable.FILE), displayFolder + "/" + PrecautionTable.FILE,
                        targets, problems));
    }
}
