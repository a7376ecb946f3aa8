package org.osteorisk.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.RuleSetProblem;
import org.osteorisk.model.Sex;

/** Reading intakes.csv: each band checked on its own and against the others, and looking a person's band up. */
class ReferenceIntakeTableTest {

    private static final String HEADER = "nutrient,unit,sex,age_from,age_to,ear,rda,ul,source\n";
    /** One band for each nutrient but calcium, so that a test's calcium rows are the only subject. */
    private static final String OTHERS = "vitamin_d,IU,any,19,,400,600,4000,iom_2011_calcium_vitamin_d\n"
            + "magnesium,mg,any,19,,350,420,350,iom_1997_ca_p_mg_vitd_f\n"
            + "vitamin_b12,mcg,any,19,,2.0,2.4,,iom_1998_b_vitamins\n"
            + "vitamin_k,mcg,any,19,,,90,,iom_2001_vitamin_a_k\n";

    @TempDir
    Path dir;

    private Path reference;

    @BeforeEach
    void copyTheBundledReferenceData() throws IOException {
        reference = dir.resolve("reference");
        Files.createDirectories(reference);
        try (Stream<Path> files = Files.list(TestRules.FOLDER.resolve("reference"))) {
            for (Path file : files.toList()) {
                Files.copy(file, reference.resolve(file.getFileName().toString()));
            }
        }
    }

    /** The problems of intakes.csv with these calcium rows (from line 2), the other nutrients after them. */
    private List<String> problems(String calciumRows) throws IOException {
        Files.writeString(reference.resolve("intakes.csv"), HEADER + calciumRows + OTHERS);
        ProblemList problems = new ProblemList();
        ReferenceData.load(RuleSetFiles.folder(dir, "ref"), problems);
        return problems.all().stream().map(RuleSetProblem::toString).toList();
    }

    private ReferenceIntakeTable table(String calciumRows) throws IOException {
        Files.writeString(reference.resolve("intakes.csv"), HEADER + calciumRows + OTHERS);
        ProblemList problems = new ProblemList();
        ReferenceIntakeTable table = ReferenceData.load(RuleSetFiles.folder(dir, "ref"), problems).intakes();
        assertEquals(List.of(), problems.all());
        return table;
    }

    private static String row(String sex, String from, String to, String ear, String rda, String ul) {
        return "calcium,mg," + sex + "," + from + "," + to + "," + ear + "," + rda + "," + ul
                + ",iom_2011_calcium_vitamin_d\n";
    }

    @Test
    void adjacentBandsAndBandsForEachSexAreFine() throws IOException {
        assertEquals(List.of(), problems(row("any", "19", "50", "800", "1000", "2500")
                + row("male", "51", "70", "800", "1000", "2000") + row("female", "51", "70", "1000", "1200", "2000")
                + row("any", "71", "", "1000", "1200", "2000")));
    }

    @Test
    void bandsSharingAnAgeOverlap() throws IOException {
        assertEquals(List.of("ref/reference/intakes.csv:3:4: age_from: this band overlaps an earlier calcium band (adults aged "
                + "19-50)"), problems(row("any", "19", "50", "800", "1000", "2500")
                + row("female", "50", "70", "1000", "1200", "2000")));
        assertEquals(List.of("ref/reference/intakes.csv:3:4: age_from: this band overlaps an earlier calcium band (women aged "
                + "51-70)"), problems(row("female", "51", "70", "1000", "1200", "2000")
                + row("any", "70", "", "1000", "1200", "2000")));
        assertEquals(List.of("ref/reference/intakes.csv:3:4: age_from: this band overlaps an earlier calcium band (adults aged "
                + "71+)"), problems(row("any", "71", "", "1000", "1200", "2000")
                + row("male", "80", "90", "1000", "1200", "2000")));
        assertEquals(List.of("ref/reference/intakes.csv:3:4: age_from: this band overlaps an earlier calcium band (men aged "
                + "19-70)"), problems(row("male", "19", "70", "800", "1000", "2500")
                + row("male", "19", "19", "800", "1000", "2500")));
    }

    /** Each bad cell is named; the only calcium row being bad, "no band for calcium" follows it. */
    @Test
    void eachCellIsChecked() throws IOException {
        assertEquals("ref/reference/intakes.csv:2:6: ear: must not be negative",
                problems(row("any", "19", "", "-1", "1000", "2500")).get(0));
        assertEquals("ref/reference/intakes.csv:2:6: ear: must not exceed the rda",
                problems(row("any", "19", "", "1001", "1000", "2500")).get(0));
        assertEquals("ref/reference/intakes.csv:2:5: age_to: must not be below age_from",
                problems(row("any", "19", "18", "800", "1000", "2500")).get(0));
        assertEquals("ref/reference/intakes.csv:2:7: rda: required, but blank (use the Adequate Intake where no RDA is set)",
                problems(row("any", "19", "", "", "", "2500")).get(0));
        assertEquals("ref/reference/intakes.csv:2:4: age_from: required, but blank",
                problems(row("any", "", "", "800", "1000", "2500")).get(0));
        assertEquals("ref/reference/intakes.csv:2:3: sex: expected female, male or any",
                problems(row("x", "19", "", "800", "1000", "2500")).get(0));
        assertEquals("ref/reference/intakes.csv:2:8: ul: must not be negative",
                problems(row("any", "19", "", "800", "1000", "-2500")).get(0));
        assertEquals("ref/reference/intakes.csv:2:2: unit: expected mg for calcium",
                problems("calcium,IU,any,19,,800,1000,2500,iom_2011_calcium_vitamin_d\n").get(0));
        assertTrue(problems("zinc,mg,any,19,,8,11,40,iom_2001_vitamin_a_k\n").get(0)
                .startsWith("ref/reference/intakes.csv:2:1: nutrient: "));
    }

    @Test
    void zeroAnEarEqualToTheRdaASingleYearBandAndUpperCaseAreAccepted() throws IOException {
        ReferenceIntakeTable table = table("calcium,MG,ANY,19,19,0,0,0,iom_2011_calcium_vitamin_d\n"
                + row("any", "20", "", "1000", "1000", "2500"));
        assertEquals(0.0, table.lookup(Nutrient.CALCIUM, 19, Sex.FEMALE).orElseThrow().rda());
        assertEquals(1000.0, table.lookup(Nutrient.CALCIUM, 20, Sex.FEMALE).orElseThrow().ear());
    }

    @Test
    void everyNutrientNeedsABand() throws IOException {
        Files.writeString(reference.resolve("intakes.csv"), HEADER + row("any", "19", "", "800", "1000", "2500"));
        ProblemList problems = new ProblemList();
        ReferenceData.load(RuleSetFiles.folder(dir, "ref"), problems);
        assertEquals(List.of("ref/reference/intakes.csv:0:0: no band for magnesium: every nutrient needs at least one",
                "ref/reference/intakes.csv:0:0: no band for vitamin_d: every nutrient needs at least one",
                "ref/reference/intakes.csv:0:0: no band for vitamin_b12: every nutrient needs at least one",
                "ref/reference/intakes.csv:0:0: no band for vitamin_k: every nutrient needs at least one"),
                problems.all().stream().map(RuleSetProblem::toString).toList());
    }

    @Test
    void aPersonsBandIsFoundByAgeAndSexAndMergedWhenEitherIsUnknown() {
        ReferenceIntakeTable table = TestRules.bundled().reference().intakes();
        assertEquals("adults aged 19-50", table.lookup(Nutrient.CALCIUM, 50, Sex.FEMALE).orElseThrow().group());
        assertEquals("women aged 51-70", table.lookup(Nutrient.CALCIUM, 51, Sex.FEMALE).orElseThrow().group());
        assertEquals("men aged 51-70", table.lookup(Nutrient.CALCIUM, 70, Sex.MALE).orElseThrow().group());
        assertEquals("adults aged 71+", table.lookup(Nutrient.CALCIUM, 130, Sex.MALE).orElseThrow().group());
        assertTrue(table.lookup(Nutrient.CALCIUM, 18, Sex.MALE).isEmpty(), "no adult band for a child");
        ReferenceIntake sexUnknown = table.lookup(Nutrient.MAGNESIUM, 40, null).orElseThrow();
        assertEquals(null, sexUnknown.rda(), "men and women differ");
        assertEquals(350.0, sexUnknown.ul(), "the UL they share");
        assertEquals(2.4, table.lookup(Nutrient.VITAMIN_B12, null, Sex.MALE).orElseThrow().rda());
        ReferenceIntake ageUnknown = table.lookup(Nutrient.CALCIUM, null, Sex.FEMALE).orElseThrow();
        assertEquals(null, ageUnknown.rda());
        assertEquals(null, ageUnknown.ul());
        assertEquals(null, ageUnknown.ageTo());
        assertEquals(19, ageUnknown.ageFrom());
        assertEquals(4, table.bands(Nutrient.CALCIUM).size());
    }
}
