package org.osteorisk.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;
import org.osteorisk.engine.RuleSet;
import org.osteorisk.engine.RuleSetException;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.AssessmentStatus;
import org.osteorisk.model.InputWarning;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
import org.osteorisk.model.RuleSetProblem;
import org.osteorisk.model.Sex;

/** Conditions and medicines by name, synonym or code (SNOMED CT, ICD-10, ICD-10-CM, ATC, RxNorm). */
class VocabularyTest {

    private static final Path REFERENCE = Path.of("rules", "reference");

    @TempDir
    Path dir;

    private static ConditionVocabulary conditions() {
        return TestRules.bundled().reference().conditions();
    }

    private static MedicationClasses medications() {
        return TestRules.bundled().reference().medications();
    }

    @Test
    void everyCodeOfTheTablesReadsAsItsConceptInEveryWriting() throws IOException {
        int rows = 0;
        for (NamedCsvRecord row : rows(REFERENCE.resolve("condition-codes.csv"))) {
            String system = row.getField("system");
            String code = row.getField("code");
            String condition = row.getField("condition");
            String uri = CodeSystem.parse(system).uri();
            for (String written : List.of(system + ":" + code, uri + "|" + code, " " + system.toUpperCase() + ":"
                    + code.toLowerCase() + " ")) {
                TermResolution read = conditions().resolve(written);
                assertEquals(condition, read.concept(), written);
                assertEquals(system, read.valueKind(), written);
            }
            rows++;
        }
        for (NamedCsvRecord row : rows(REFERENCE.resolve("medication-codes.csv"))) {
            String written = row.getField("system") + ":" + row.getField("code");
            TermResolution read = medications().resolve(written);
            assertEquals(row.getField("class"), read.drugClass(), written);
            String name = row.getField("medication");
            assertEquals(name.isEmpty() ? null : name, read.concept(), written);
            rows++;
        }
        for (NamedCsvRecord row : rows(REFERENCE.resolve("medication-brands.csv"))) {
            TermResolution read = medications().resolve(row.getField("brand").replace('_', ' ').toUpperCase());
            assertEquals(row.getField("medication"), read.concept(), row.getField("brand"));
            assertEquals(medications().classOf(row.getField("medication")), read.drugClass());
            rows++;
        }
        assertTrue(rows > 130, rows + " rows");
    }

    private static List<NamedCsvRecord> rows(Path file) throws IOException {
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                .ofNamedCsvRecord(file)) {
            return csv.stream().toList();
        }
    }

    @Test
    void bareCodesAreReadByTheirShape() {
        assertEquals(new TermResolution("type2_diabetes", null, "snomed_ct"), conditions().resolve("44054006"));
        assertEquals(new TermResolution("type2_diabetes", null, "icd_10"), conditions().resolve("E11.9"));
        assertEquals("type2_diabetes", conditions().resolve("E119").concept(), "without the dot");
        assertEquals("ckd", conditions().resolve("N18.31").concept(), "a CM subcode under the N18 prefix");
        assertEquals(new TermResolution("omeprazole", "proton_pump_inhibitor", "atc"), medications().resolve("A02BC01"));
        assertEquals(new TermResolution("omeprazole", "proton_pump_inhibitor", "rxnorm"), medications().resolve("7646"));
        assertEquals(new TermResolution(null, "proton_pump_inhibitor", "atc"), medications().resolve("A02BC06"),
                "a drug of the class that the table does not name: its class only");
        assertEquals(new TermResolution("type2_diabetes", null, "name"), conditions().resolve("Type 2 Diabetes"));
        assertEquals(new TermResolution("celiac", null, "name"), conditions().resolve("celiac disease"));
        assertEquals(new TermResolution("omeprazole", "proton_pump_inhibitor", "name"),
                medications().resolve("Prilosec"), "a brand is read as its generic");
        assertEquals(new TermResolution("type2_diabetes", null, "name"), conditions().resolve("t2d"),
                "a synonym that looks like an ICD-10 code is a name first");
    }

    @Test
    void codesThatOnlyLookAlikeAreNotTakenForTheConcept() {
        assertNull(conditions().resolve("icd10cm:K90.41").concept(), "non-celiac gluten sensitivity");
        assertNull(conditions().resolve("M06.1").concept(), "adult-onset Still disease");
        assertNull(conditions().resolve("icd10cm:E83.51").concept(), "hypocalcaemia");
        assertNull(conditions().resolve("icd10:E83.5").concept(), "WHO: hypo- and hypercalcaemia alike");
        assertNull(conditions().resolve("icd10cm:Z33.2").concept(), "elective termination");
        assertNull(medications().resolve("atc:M05BX06").drugClass(), "romosozumab is not denosumab");
        assertNull(medications().resolve("snomed:7646").drugClass(), "medicines are not read as SNOMED CT");
        assertNull(conditions().resolve("atc:A02BC01").concept(), "nor conditions as ATC");
    }

    @Test
    void anAssessmentUsesCodedTermsAndNamesWhatItCouldNotRead() {
        AssessmentResult result = TestRules.assessor().assess(Profile.builder("coded").age(60).sex(Sex.FEMALE)
                .intake(Nutrient.CALCIUM, 700.0).condition("http://snomed.info/sct|44054006")
                .condition("icd10cm:N18.31").condition("K90.41").medication("atc:A02BC01").medication("rxnorm:1")
                .build());
        assertTrue(result.has("DIABETES_BONE_VASCULAR") && result.has("CKD_BONE_VASCULAR")
                && result.has("B12_DRUG_DEPLETION"), result.codes().toString());
        assertEquals(List.of(
                new InputWarning(InputWarning.Code.TERM_NOT_RECOGNISED, "conditions", 3, "icd_10",
                        "condition 3 not recognised, so no rule uses it"),
                new InputWarning(InputWarning.Code.TERM_NOT_RECOGNISED, "medications", 2, "rxnorm",
                        "medication 2 not recognised, so no rule uses it")), result.warnings());
        String explanation = result.findings().stream().filter(f -> f.code().equals("B12_DRUG_DEPLETION"))
                .findFirst().orElseThrow().explanation();
        assertTrue(explanation.contains("omeprazole"), "a code is quoted by its generic name: " + explanation);
    }

    @Test
    void aPregnancyAmongTheConditionsPutsAWomanOutOfScope() {
        assertEquals(AssessmentStatus.OUT_OF_SCOPE, TestRules.assessor().assess(Profile.builder("p").age(30)
                .sex(Sex.FEMALE).condition("icd10cm:Z33.1").build()).status());
        assertEquals(AssessmentStatus.OUT_OF_SCOPE, TestRules.assessor().assess(Profile.builder("p").age(30)
                .condition("pregnant").build()).status(), "sex unknown: taken as given");
        AssessmentResult man = TestRules.assessor().assess(Profile.builder("m").age(30).sex(Sex.MALE)
                .condition("77386006").build());
        assertEquals(AssessmentStatus.OK, man.status());
        assertEquals(InputWarning.Code.PREGNANCY_MALE_IGNORED, man.warnings().get(0).code());
    }

    @Test
    void aCodeTableWithMistakesIsRefusedRowByRow() throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        Path codes = rules.resolve("reference/condition-codes.csv");
        Files.writeString(codes, Files.readString(codes)
                + "loinc,2132-9,exact,ckd,Cobalamin,LOINC\n"
                + "icd_10,N18,prefix,ckd,Chronic kidney disease,WHO\n"
                + "icd_10,X99,fuzzy,ckd,Nothing,WHO\n"
                + "icd_10,X98,exact,gout,Gout,WHO\n");
        Path meds = rules.resolve("reference/medication-codes.csv");
        Files.writeString(meds, Files.readString(meds) + "atc,A99AA01,exact,,statin,A statin,WHO\n");
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSet.load(rules));
        List<String> problems = e.problems().stream().map(RuleSetProblem::toString)
                .map(p -> p.substring(p.indexOf("reference/"))).toList();
        long lines = Files.readAllLines(codes).size();
        assertEquals(List.of(
                "reference/medication-codes.csv:" + Files.readAllLines(meds).size()
                        + ":5: class: class statin is not a class of medications.csv; add a drug of it there first",
                "reference/condition-codes.csv:" + (lines - 3) + ":1: system: unknown code system; expected snomed_ct, "
                        + "icd_10, icd_10_cm, atc or rxnorm",
                "reference/condition-codes.csv:" + (lines - 2) + ":2: code: listed twice (first at line "
                        + lineOf(codes, "icd_10,N18,prefix") + ")",
                "reference/condition-codes.csv:" + (lines - 1) + ":3: match: expected exact or prefix",
                "reference/condition-codes.csv:" + lines + ":4: condition: not a condition of conditions.csv; add it "
                        + "there first"), problems);
        assertFalse(problems.isEmpty());
    }

    private static int lineOf(Path file, String start) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }
}
