package org.osteorisk.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.osteorisk.engine.Assessor;
import org.osteorisk.engine.RuleSetException;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
import org.osteorisk.model.Sex;

/** Reading FHIR R4 resources into a profile: what is used, what becomes a warning, and the findings that follow. */
class FhirProfileMapperTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final FhirProfileMapper MAPPER = FhirProfileMapper.create(
            Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
    private static final Assessor ASSESSOR = Assessor.create();
    private static final String SNOMED = "http://snomed.info/sct";
    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

    private static Patient woman(LocalDate born) {
        Patient p = new Patient();
        p.setId("pat-1");
        p.setGender(AdministrativeGender.FEMALE);
        p.setBirthDate(date(born));
        return p;
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static Observation observation(String id, String loinc, LocalDate when, double value, String ucum) {
        Observation o = new Observation();
        o.setId(id);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.getCode().addCoding(new Coding("http://loinc.org", loinc, null));
        o.setSubject(new Reference("Patient/pat-1"));
        o.setEffective(new DateTimeType(date(when)));
        if (ucum != null) {
            o.setValue(new Quantity().setValue(BigDecimal.valueOf(value)).setSystem("http://unitsofmeasure.org").setCode(ucum));
        } else {
            o.setValue(new Quantity().setValue(BigDecimal.valueOf(value)));
        }
        return o;
    }

    private static FhirProfile map(Resource... resources) {
        List<Resource> all = new ArrayList<>(List.of(woman(LocalDate.of(1955, 6, 2))));
        all.addAll(List.of(resources));
        return MAPPER.map("pat-1", all);
    }

    private static List<String> warnings(FhirProfile p) {
        return p.warnings().stream().map(w -> w.resource() + " " + w.element() + " " + w.code()).toList();
    }

    private static FhirProfile example() throws Exception {
        return MAPPER.mapJson(Files.readString(Path.of("examples/fhir/bundle.json")));
    }

    @Test
    void theExampleBundleFiresVitaminDDeficiencyAndPpiB12Depletion() throws Exception {
        FhirProfile read = example();
        Profile p = read.profile();
        assertEquals("pat-1", p.id());
        assertEquals(71, p.age());
        assertEquals(Sex.FEMALE, p.sex());
        assertEquals(119 * 0.45359237, p.weightKg(), 1e-9);
        assertEquals(25 / 2.496, p.labs().serum25ohdNgMl(), 1e-6);
        assertEquals(List.of("Observation/vitd-2023 effective OBSERVATION_TOO_OLD"), warnings(read));
        AssessmentResult result = ASSESSOR.assess(p);
        assertTrue(result.has("VITAMIN_D_LAB_DEFICIENT"), result.codes().toString());
        assertTrue(result.has("B12_DRUG_DEPLETION"), result.codes().toString());
        assertTrue(result.has("OST_MODERATE_RISK"), result.codes().toString());
        assertTrue(result.warnings().isEmpty(), "every code of the bundle is recognised: " + result.warnings());
    }

    /** The same bundle with a replete 25(OH)D and the omeprazole stopped: both findings go silent. */
    @Test
    void itsTwinWithAReplete25ohdAndAStoppedPpiStaysSilent() throws Exception {
        String json = Files.readString(Path.of("examples/fhir/bundle.json"))
                .replace("\"value\": 25,", "\"value\": 75,").replace("\"status\": \"active\",", "\"status\": \"completed\",");
        FhirProfile read = MAPPER.mapJson(json);
        AssessmentResult result = ASSESSOR.assess(read.profile());
        assertFalse(result.codes().stream().anyMatch(c -> c.startsWith("VITAMIN_D_LAB")), result.codes().toString());
        assertFalse(result.has("B12_DRUG_DEPLETION"));
        assertTrue(warnings(read).contains("MedicationStatement/omeprazole status STATUS_NOT_USED"));
    }

    @Test
    void unitsAreConvertedByTheirUcumCodes() {
        Profile p = map(observation("d", "14635-7", TODAY, 50, "nmol/L"), observation("b", "2132-9", TODAY, 221.4, "pmol/L"),
                observation("h", "8302-2", TODAY, 64, "[in_i]"), observation("w", "29463-7", TODAY, 60000, "g"),
                observation("hc", "13965-9", TODAY, 14.5, "umol/L")).profile();
        assertEquals(50 / 2.496, p.labs().serum25ohdNgMl(), 1e-6);
        assertEquals(221.4 / 0.738, p.labs().serumB12PgMl(), 1e-6);
        assertEquals(162.56, p.heightCm(), 1e-9);
        assertEquals(60.0, p.weightKg(), 1e-9);
        assertEquals(14.5, p.labs().homocysteineUmolL(), 1e-9);
        Profile metres = map(observation("h", "8302-2", TODAY, 1.6, "m"), observation("b", "2132-9", TODAY, 350, "ng/L"))
                .profile();
        assertEquals(160.0, metres.heightCm(), 1e-9);
        assertEquals(350.0, metres.labs().serumB12PgMl(), 1e-9);
    }

    @Test
    void aUnitThatCannotBeConvertedIsAWarningAndTheValueUnknown() {
        Observation otherSystem = observation("d2", "62292-8", TODAY, 20, null);
        otherSystem.getValueQuantity().setSystem("http://example.org/units").setCode("ng/mL");
        FhirProfile read = map(observation("d1", "62292-8", TODAY, 20, "mmol/L"), otherSystem,
                observation("w", "29463-7", TODAY, 60, null));
        assertNull(read.profile().labs().serum25ohdNgMl());
        assertNull(read.profile().weightKg());
        assertEquals(List.of("Observation/d1 valueQuantity.code UNIT_NOT_CONVERTIBLE",
                "Observation/d2 valueQuantity.code UNIT_NOT_CONVERTIBLE",
                "Observation/w valueQuantity.code UNIT_NOT_CONVERTIBLE"), warnings(read));
    }

    @Test
    void theLatestObservationWinsAndTheOthersAreReportedAsSuperseded() {
        FhirProfile read = map(observation("old", "62292-8", TODAY.minusDays(200), 31, "ng/mL"),
                observation("new", "14635-7", TODAY.minusDays(10), 40, "nmol/L"),
                observation("mid", "62292-8", TODAY.minusDays(100), 22, "ng/mL"));
        assertEquals(40 / 2.496, read.profile().labs().serum25ohdNgMl(), 1e-6);
        assertEquals(List.of("Observation/mid effective SUPERSEDED", "Observation/old effective SUPERSEDED"),
                warnings(read));
    }

    /** observation-codes.csv: 730 days for 25(OH)D, 365 for weight. */
    @Test
    void anObservationIsUsedUpToItsWindowAndNotADayPast() {
        assertEquals(20.0, map(observation("d", "62292-8", TODAY.minusDays(730), 20, "ng/mL")).profile().labs()
                .serum25ohdNgMl());
        FhirProfile old = map(observation("d", "62292-8", TODAY.minusDays(731), 20, "ng/mL"));
        assertNull(old.profile().labs().serum25ohdNgMl());
        assertEquals(List.of("Observation/d effective OBSERVATION_TOO_OLD"), warnings(old));
        assertEquals(60.0, map(observation("w", "29463-7", TODAY.minusDays(365), 60, "kg")).profile().weightKg());
        assertNull(map(observation("w", "29463-7", TODAY.minusDays(366), 60, "kg")).profile().weightKg());
    }

    @Test
    void onlyResultsWithADateAndAnExactValueAreUsed() {
        Observation preliminary = observation("p", "62292-8", TODAY, 20, "ng/mL");
        preliminary.setStatus(Observation.ObservationStatus.PRELIMINARY);
        Observation undated = observation("u", "62292-8", TODAY, 20, "ng/mL");
        undated.setEffective(null);
        Observation bound = observation("c", "62292-8", TODAY, 4, "ng/mL");
        bound.getValueQuantity().setComparator(Quantity.QuantityComparator.LESS_THAN);
        Observation unknownCode = observation("x", "2345-7", TODAY, 5, "mmol/L");
        FhirProfile read = map(preliminary, undated, bound, unknownCode);
        assertNull(read.profile().labs().serum25ohdNgMl());
        assertEquals(List.of("Observation/p status STATUS_NOT_USED", "Observation/u effective DATE_MISSING",
                "Observation/c valueQuantity.comparator VALUE_NOT_EXACT", "Observation/x code CODE_NOT_RECOGNISED"),
                warnings(read));
        Observation issuedOnly = observation("i", "62292-8", TODAY, 20, "ng/mL");
        issuedOnly.setEffective(null);
        issuedOnly.setIssued(date(TODAY.minusDays(3)));
        assertEquals(20.0, map(issuedOnly).profile().labs().serum25ohdNgMl());
    }

    @Test
    void theTScoreIsTheLowestOfTheSitesLatestValues() {
        FhirProfile read = map(observation("spine", "38267-1", TODAY.minusDays(30), -1.8, "1"),
                observation("hip-old", "38264-8", TODAY.minusDays(900), -2.9, null),
                observation("hip", "80946-7", TODAY.minusDays(30), -2.2, null),
                observation("neck", "38263-0", TODAY.minusDays(30), -2.6, "1"));
        assertEquals(-2.6, read.profile().labs().tScore());
        assertEquals(List.of("Observation/hip-old effective SUPERSEDED"), warnings(read));
    }

    @Test
    void pregnancyStatusIsReadFromItsLoincAnswers() {
        assertEquals(Boolean.TRUE, map(pregnancy("LA15173-0")).profile().pregnant());
        assertEquals(Boolean.FALSE, map(pregnancy("LA26683-5")).profile().pregnant());
        FhirProfile unknown = map(pregnancy("LA4489-6"));
        assertNull(unknown.profile().pregnant());
        assertEquals(List.of("Observation/preg valueCodeableConcept VALUE_UNKNOWN"), warnings(unknown));
        assertEquals(List.of("Observation/preg valueCodeableConcept VALUE_NOT_RECOGNISED"),
                warnings(map(pregnancy("LA0000-0"))));
        assertTrue(ASSESSOR.assess(map(pregnancy("LA15173-0")).profile()).outOfScope());
        assertFalse(ASSESSOR.assess(map(pregnancy("LA26683-5")).profile()).outOfScope());
    }

    private static Observation pregnancy(String answer) {
        Observation o = observation("preg", "82810-3", TODAY.minusDays(5), 0, null);
        o.setValue(new CodeableConcept(new Coding("http://loinc.org", answer, null)));
        return o;
    }

    @Test
    void activeConditionsAreReadByTheirCodesAndOthersAreWarnings() {
        Condition inactive = condition("ra", SNOMED, "69896004");
        inactive.setClinicalStatus(new CodeableConcept(new Coding(null, "resolved", null)));
        Condition refuted = condition("ckd", SNOMED, "709044004");
        refuted.setVerificationStatus(new CodeableConcept(new Coding(null, "refuted", null)));
        Condition icd = condition("celiac", "http://hl7.org/fhir/sid/icd-10-cm", "K90.0");
        icd.getCode().getCoding().add(0, new Coding("http://example.org/local", "CEL", null));
        Condition unknown = condition("gout", SNOMED, "90560007");
        FhirProfile read = map(inactive, refuted, icd, unknown);
        assertEquals(List.of("http://hl7.org/fhir/sid/icd-10-cm|K90.0", "http://snomed.info/sct|90560007"),
                read.profile().conditions());
        assertEquals(List.of("Condition/ra clinicalStatus STATUS_NOT_USED",
                "Condition/ckd verificationStatus STATUS_NOT_USED"), warnings(read));
        AssessmentResult result = ASSESSOR.assess(read.profile());
        assertEquals(1, result.warnings().size(), "the unknown SNOMED code is reported once, by the assessment");
        assertTrue(result.has("MALABSORPTION_CA_D"), result.codes().toString());
    }

    private static Condition condition(String id, String system, String code) {
        Condition c = new Condition();
        c.setId(id);
        c.getCode().addCoding(new Coding(system, code, null));
        c.setSubject(new Reference("Patient/pat-1"));
        return c;
    }

    @Test
    void medicinesAreReadFromStatementsAndRequestsByRxNormOrAtc() {
        Medication prednisone = new Medication();
        prednisone.setId("med-pred");
        prednisone.getCode().addCoding(new Coding("http://www.whocc.no/atc", "H02AB07", null));
        MedicationRequest request = new MedicationRequest();
        request.setId("rx-1");
        request.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
        request.setMedication(new Reference("Medication/med-pred"));
        request.setSubject(new Reference("Patient/pat-1"));
        MedicationRequest missing = new MedicationRequest();
        missing.setId("rx-2");
        missing.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
        missing.setMedication(new Reference("Medication/nowhere"));
        MedicationRequest draft = new MedicationRequest();
        draft.setId("rx-3");
        draft.setStatus(MedicationRequest.MedicationRequestStatus.DRAFT);
        draft.setMedication(new CodeableConcept(new Coding(RXNORM, "7646", null)));
        MedicationStatement warfarin = new MedicationStatement();
        warfarin.setId("ms-1");
        warfarin.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
        warfarin.setMedication(new CodeableConcept(new Coding(RXNORM, "11289", null)));
        FhirProfile read = map(prednisone, request, missing, draft, warfarin);
        assertEquals(List.of("http://www.whocc.no/atc|H02AB07", "http://www.nlm.nih.gov/research/umls/rxnorm|11289"),
                read.profile().medications());
        assertEquals(List.of("MedicationRequest/rx-2 medicationReference REFERENCE_NOT_RESOLVED",
                "MedicationRequest/rx-3 status STATUS_NOT_USED"), warnings(read));
        AssessmentResult result = ASSESSOR.assess(read.profile());
        assertTrue(result.has("VITAMIN_K_ANTAGONIST_DIET"), result.codes().toString());
        AssessmentResult lowCalcium = ASSESSOR.assess(read.profile().toBuilder().intake(Nutrient.CALCIUM, 500.0).build());
        assertTrue(lowCalcium.has("GLUCOCORTICOID_DOSE_UNKNOWN"), "ATC H02AB07 is read as a glucocorticoid: "
                + lowCalcium.codes());
    }

    @Test
    void resourcesAboutAnotherPatientAreNotUsed() {
        Observation other = observation("d", "62292-8", TODAY, 8, "ng/mL");
        other.setSubject(new Reference("Patient/someone-else"));
        Patient second = new Patient();
        second.setId("someone-else");
        FhirProfile read = map(other, second);
        assertNull(read.profile().labs().serum25ohdNgMl());
        assertEquals(List.of("Observation/d subject OTHER_PATIENT", "Patient/someone-else  OTHER_PATIENT"),
                warnings(read));
    }

    @Test
    void ageIsCountedInWholeYearsOnTheDayOfTheAssessment() {
        assertEquals(70, MAPPER.map("pat-1", List.of(woman(LocalDate.of(1956, 11, 23)))).profile().age());
        assertEquals(69, MAPPER.map("pat-1", List.of(woman(LocalDate.of(1956, 11, 24)))).profile().age());
        Patient other = woman(LocalDate.of(1956, 1, 1));
        other.setGender(AdministrativeGender.OTHER);
        other.setBirthDate(null);
        FhirProfile read = MAPPER.map("pat-1", List.of(other));
        assertNull(read.profile().sex());
        assertNull(read.profile().age());
        assertEquals(List.of("Patient/pat-1 birthDate VALUE_MISSING", "Patient/pat-1 gender VALUE_NOT_USED"),
                warnings(read));
    }

    @Test
    void anImplausibleValueIsLeftOutAndTheRestKept() {
        FhirProfile read = map(observation("w", "29463-7", TODAY, 7000, "kg"), observation("d", "62292-8", TODAY, 20, "ng/mL"));
        assertNull(read.profile().weightKg());
        assertEquals(20.0, read.profile().labs().serum25ohdNgMl());
        assertEquals(List.of("Observation/w value[x] VALUE_OUT_OF_RANGE"), warnings(read));
    }

    /** Health data is private: no warning quotes a value. */
    @Test
    void warningsNeverQuoteAValue() {
        FhirProfile read = map(observation("w", "29463-7", TODAY, 7123, "kg"), observation("d", "62292-8", TODAY, 20.87, "mmol/L"),
                observation("o", "62292-8", TODAY.minusDays(4000), 31.42, "ng/mL"));
        assertEquals(3, read.warnings().size());
        for (FhirWarning w : read.warnings()) {
            for (String value : List.of("7123", "20.87", "31.42", "1955")) {
                assertFalse(w.message().contains(value), w.message());
            }
        }
    }

    @Test
    void textThatIsNotFhirIsRefusedWithoutQuotingIt() {
        FhirInputException e = assertThrows(FhirInputException.class,
                () -> MAPPER.mapJson("{\"resourceType\": \"Bundle\", \"entry\": [ {\"secret-weight\": 71.5 ]}"));
        assertFalse(e.getMessage().contains("71.5"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        assertThrows(FhirInputException.class, () -> MAPPER.map(new Bundle()));
    }

    @Test
    void anEditedObservationTableWithABadCellNamesItsFileAndLine(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve(ObservationTable.CODES_FILE),
                "code,measure,window_days,display\n62292-8,serum_25ohd,730,ok\n2132-9,serum_b12,two years,bad\n"
                        + "13965-9,homocystine,730,bad\n");
        Files.writeString(dir.resolve(ObservationTable.UNITS_FILE), "measure,unit,factor\nserum_25ohd,ng/mL,1\n"
                + "serum_b12,pg/mL,0\n");
        RuleSetException e = assertThrows(RuleSetException.class, () -> ObservationTable.load(dir));
        List<String> problems = e.problems().stream().map(p -> Path.of(p.file()).getFileName() + ":" + p.line()
                + " " + p.message()).toList();
        assertTrue(problems.get(0).startsWith("observation-codes.csv:3 window_days: expected a whole number"), problems.toString());
        assertTrue(problems.get(1).startsWith("observation-codes.csv:4 measure: unknown measure"), problems.toString());
        assertTrue(problems.get(2).startsWith("observation-units.csv:3 factor: expected a positive number"), problems.toString());
    }
}
