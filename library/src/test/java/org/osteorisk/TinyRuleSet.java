package org.osteorisk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A rule set of one rule (calcium below the RDA) with the bundled reference data, and example cases written by the
 * test: small enough to mutation-test in seconds.
 */
public final class TinyRuleSet {

    /** The rule's file; its condition {@code total < rda} is on line {@value #CONDITION_LINE}. */
    public static final String DRL = "package org.osteorisk.rules;\n"
            + "import org.osteorisk.model.*;\n"
            + "global org.osteorisk.engine.FindingCollector findings;\n"
            + "global org.osteorisk.reference.Thresholds thresholds;\n"
            + "rule \"Calcium below the RDA\"\n"
            + "    @code(\"CALCIUM_BELOW_RDA\") @severity(\"warning\") @evidence(\"guideline\") @domain(\"calcium\")\n"
            + "    @sources(\"iom_2011_calcium_vitamin_d\") @title(\"Calcium below the RDA\") @advice(\"increase calcium\")\n"
            + "    @explanation(\"Total calcium {calcium.total} mg/day is below the {calcium.rda} mg/day RDA (EAR {calcium.ear}).\")\n"
            + "    @recommendation(\"Eat more calcium.\")\n"
            + "when\n"
            + "    $calcium : Intake( nutrient == Nutrient.CALCIUM, total < rda )\n"
            + "then\n"
            + "    findings.add(drools, $calcium);\n"
            + "end\n";
    public static final int CONDITION_LINE = 11;

    private TinyRuleSet() {
    }

    /**
     * Writes the rule set into {@code folder} with the given cases ({@code scenarios/cases.csv}). The EAR of women
     * aged 51-70 is 1,199 there, one below their RDA, so that some nudges of the two make an invalid table.
     */
    public static Path write(Path folder, String cases) {
        try {
            Path reference = folder.resolve("reference");
            Files.createDirectories(reference);
            try (Stream<Path> files = Files.list(TestRules.FOLDER.resolve("reference"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, reference.resolve(file.getFileName().toString()));
                }
            }
            // No precautions: their codes belong to rules this set does not have.
            Files.writeString(reference.resolve("precautions.csv"), "code,blocks,resolution,reason\n");
            TestRules.edit(reference.resolve("intakes.csv"), "calcium,mg,female,51,70,1000,1200,2000",
                    "calcium,mg,female,51,70,1199,1200,2000");
            Files.writeString(folder.resolve("ruleset.properties"), "name=tiny\nversion=1\n");
            Files.writeString(folder.resolve("calcium.drl"), DRL);
            Files.createDirectories(folder.resolve("scenarios"));
            Files.writeString(folder.resolve("scenarios/cases.csv"), cases);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two weak cases: well below the RDA, and well above it. No case sits on the RDA. */
    public static final String WEAK_CASES = "id,expect,expect_not,age,sex,calcium_mg\n"
            + "low,CALCIUM_BELOW_RDA,,60,female,1100\n"
            + "high,,CALCIUM_BELOW_RDA,60,female,1300\n";
}
