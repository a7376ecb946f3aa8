package org.osteorisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osteorisk.model.Diet;
import org.osteorisk.model.DoseUnit;
import org.osteorisk.model.Frequency;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
import org.osteorisk.model.Sex;
import org.osteorisk.model.Supplement;

class ProfileCsvReaderTest {

    static List<ProfileRow> read(String csv) {
        return read(csv.getBytes(StandardCharsets.UTF_8));
    }

    static List<ProfileRow> read(byte[] bytes) {
        List<ProfileRow> rows = new ArrayList<>();
        try (ProfileCsvReader reader = ProfileCsvReader.open(new ByteArrayInputStream(bytes), "test.csv")) {
            for (ProfileRow row = reader.nextProfile(); row != null; row = reader.nextProfile()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static String error(String csv) {
        List<ProfileRow> rows = read(csv);
        assertEquals(1, rows.size());
        assertFalse(rows.get(0).ok(), "expected an error");
        return rows.get(0).error();
    }

    @Test
    void readsEveryColumnOfTheFormat() {
        ProfileRow row = read("ID,Age,Sex,weight_kg,height_cm,pregnant,menopausal,diet,calcium_mg,magnesium_mg,"
                + "vitamin_d_iu,vitamin_b12_mcg,vitamin_k_mcg,soda_per_day,exercise_min_per_week,high_impact_exercise,"
                + "smoker,supplements,conditions,medications,serum_25ohd_ng_ml,serum_b12_pg_ml,homocysteine_umol_l,tscore\n"
                + "p1,63,F,55.5,160,n,Y,Vegan,700,250,300,2.4,60,1.5,90,false,1,"
                + "calcium:carbonate 1200mg/day; vitamin_d 100000IU/year,osteopenia;CKD,Omeprazole,50nmol/L,"
                + "140pmol/L,12.5,-1.7\n").get(0);
        assertTrue(row.ok(), row.error());
        Profile p = row.profile();
        assertEquals(63, p.age());
        assertEquals(Sex.FEMALE, p.sex());
        assertEquals(55.5, p.weightKg());
        assertEquals(false, p.pregnant());
        assertEquals(true, p.postmenopausal());
        assertEquals(Diet.VEGAN, p.diet());
        assertEquals(700.0, p.dietaryIntake(Nutrient.CALCIUM));
        assertEquals(2.4, p.dietaryIntake(Nutrient.VITAMIN_B12));
        assertEquals(1.5, p.sodaPerDay());
        assertEquals(false, p.highImpactExercise());
        assertEquals(true, p.smoker());
        assertEquals(List.of(new Supplement(Nutrient.CALCIUM, "carbonate", 1200, DoseUnit.MG, Frequency.DAY),
                new Supplement(Nutrient.VITAMIN_D, null, 100000, DoseUnit.IU, Frequency.YEAR)), p.supplements());
        assertEquals(List.of("osteopenia", "CKD"), p.conditions());
        assertEquals(List.of("Omeprazole"), p.medications());
        assertEquals(50 / 2.496, p.labs().serum25ohdNgMl(), 1e-9);
        assertEquals(140 / 0.738, p.labs().serumB12PgMl(), 1e-9);
        assertEquals(12.5, p.labs().homocysteineUmolL());
        assertEquals(-1.7, p.labs().tScore());
    }

    @Test
    void blankMeansUnknownAndListsMeanNone() {
        Profile p = read("id,age,calcium_mg,supplements,smoker\np1,,,,\n").get(0).profile();
        assertNull(p.age());
        assertNull(p.dietaryIntake(Nutrient.CALCIUM));
        assertNull(p.smoker());
        assertEquals(List.of(), p.supplements());
    }

    @Test
    void badValuesNameLineColumnAndFieldButNotTheValue() {
        assertEquals("age (column 2): not a whole number from 0 to 130", error("id,age\np1,abc\n"));
        assertEquals("age (column 2): not a whole number from 0 to 130", error("id,age\np1,131\n"));
        assertEquals("calcium_mg (column 2): expected 0 to 10,000 mg/day", error("id,calcium_mg\np1,-200\n"));
        assertEquals("sex (column 2): expected female or male (also f or m)", error("id,sex\np1,x\n"));
        assertEquals("weight_kg (column 2): expected more than 0 and at most 700 kg", error("id,weight_kg\np1,0\n"));
        assertEquals("smoker (column 2): expected yes or no (also true/false, y/n, 1/0)", error("id,smoker\np1,maybe\n"));
        assertEquals("serum_25ohd_ng_ml (column 2): unknown unit; expected ng/ml or nmol/l",
                error("id,serum_25ohd_ng_ml\np1,40mg/dL\n"));
        assertEquals("calcium_mg (column 2): not a number", error("id,calcium_mg\np1,NaN\n"));
        String both = error("id,age,sex\np1,abc,x\n");
        assertTrue(both.contains("age (column 2)") && both.contains("sex (column 3)"), both);
        assertFalse(error("id,calcium_mg\np1,12x34\n").contains("12x34"));
    }

    @Test
    void badSupplementEntriesNameTheEntry() {
        assertEquals("supplements (column 2): entry 2: unknown unit; expected mg, mcg (also ug), g or IU",
                error("id,supplements\np1,calcium 500mg; calcium 2 spoons/day\n"));
        assertEquals("supplements (column 2): entry 1: unknown nutrient; expected one of calcium, magnesium, "
                + "vitamin_d, vitamin_b12, vitamin_k", error("id,supplements\np1,zinc 10mg/day\n"));
        assertEquals("supplements (column 2): entry 1: unknown frequency; expected /day, /week, /month or /year",
                error("id,supplements\np1,calcium 500mg/fortnight\n"));
        assertEquals("supplements (column 2): entry 1: IU is used for vitamin D only",
                error("id,supplements\np1,calcium 500IU\n"));
        assertEquals("supplements (column 2): entry 1: the amount must not be negative",
                error("id,supplements\np1,calcium -5mg\n"));
        assertTrue(error("id,supplements\np1,calcium\n").contains("expected nutrient[:form] <amount><unit>"));
    }

    @Test
    void wrongColumnCountMissingAndDuplicateIdsAreRowErrors() {
        List<ProfileRow> rows = read("id,age,sex\np1,40,female\np2,41\n,42,male\np1,43,male\np3,44,female,extra\n"
                + "p4,45,male\n");
        assertEquals(6, rows.size());
        assertTrue(rows.get(0).ok());
        assertEquals("expected 3 columns as in the header, found 2", rows.get(1).error());
        assertEquals(3, rows.get(1).line());
        assertEquals("id (column 1): required, but blank", rows.get(2).error());
        assertEquals("id (column 1): duplicate; first used on line 2", rows.get(3).error());
        assertEquals("expected 3 columns as in the header, found 4", rows.get(4).error());
        assertTrue(rows.get(5).ok());
        assertEquals(7, rows.get(5).line());
    }

    @Test
    void bomCrlfQuotedCommasAndLineBreaksAndBlankLines() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "id,age,supplements,medications\r\n\r\n"
                + "p1,60,\"calcium:carbonate 600mg/day;\r\nvitamin_d:d3 1000IU/day\",\"omeprazole, 20 mg\"\r\n"
                + "\r\n"
                + "p2,61,,\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        List<ProfileRow> rows = read(all);
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).ok(), rows.get(0).error());
        assertEquals("p1", rows.get(0).id());
        assertEquals(3, rows.get(0).line());
        assertEquals(2, rows.get(0).profile().supplements().size());
        assertEquals(List.of("omeprazole, 20 mg"), rows.get(0).profile().medications());
        assertEquals(6, rows.get(1).line());
        assertEquals(61, rows.get(1).profile().age());
    }

    @Test
    void unknownColumnsAreReportedOnceAndIgnored() {
        try (ProfileCsvReader reader = ProfileCsvReader.open(
                new ByteArrayInputStream("id,calcum_mg\np1,700\n".getBytes(StandardCharsets.UTF_8)), "t.csv")) {
            assertEquals(1, reader.warnings().size());
            assertTrue(reader.warnings().get(0).startsWith("unknown column calcum_mg (column 2) is ignored"));
            ProfileRow row = reader.nextProfile();
            assertTrue(row.ok());
            assertNull(row.profile().dietaryIntake(Nutrient.CALCIUM));
        }
    }

    @Test
    void aFileWithoutHeaderOrIdColumnCannotBeRead() {
        InputFileException noId = assertThrows(InputFileException.class, () -> read("age,sex\n40,female\n"));
        assertEquals("test.csv:1: the header has no id column; id is required", noId.getMessage());
        assertThrows(InputFileException.class, () -> read(""));
        assertThrows(InputFileException.class, () -> read("id,age,AGE\n"));
    }

    @Test
    void anUnclosedQuoteIsAnErrorRowAndTheRowsAfterItAreStillRead() {
        List<ProfileRow> rows = read("id,conditions\np1,ckd\np2,\"ckd\np3,osteopenia\n");
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).ok());
        ProfileRow unclosed = rows.get(1);
        assertFalse(unclosed.ok(), "the row with the unclosed quote is an error");
        assertEquals(3, unclosed.line());
        assertEquals("conditions (column 2): the quote that opens this cell is never closed; the row is skipped and "
                + "reading goes on at line 4", unclosed.error());
        assertTrue(rows.get(2).ok(), rows.get(2).error());
        assertEquals(4, rows.get(2).line());
        assertEquals(List.of("osteopenia"), rows.get(2).profile().conditions());
    }
}
