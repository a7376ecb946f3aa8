package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;
import org.osteorisk.model.Profile;
import org.osteorisk.model.Sex;

/** A decision table saved from a spreadsheet program as .drl.xlsx loads like its CSV twin. */
class DecisionTableXlsxTest {

    @TempDir
    Path dir;

    @Test
    void anXlsxDecisionTableLoadsAndFires() throws Exception {
        Path rules = TestRules.copy(dir.resolve("rules"));
        Path csv = rules.resolve("conditions.drl.csv");
        try (Reader in = Files.newBufferedReader(csv);
             XSSFWorkbook workbook = new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(rules.resolve("conditions.drl.xlsx"))) {
            Sheet sheet = workbook.createSheet("Conditions");
            List<CsvRecord> records = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                    .ofCsvRecord(in).stream().toList();
            for (CsvRecord record : records) {
                Row row = sheet.createRow((int) record.getStartingLineNumber() - 1);
                for (int i = 0; i < record.getFieldCount(); i++) {
                    row.createCell(i).setCellValue(record.getField(i));
                }
            }
            workbook.write(out);
        }
        Files.delete(csv);
        Assessor assessor = Assessor.create(RuleSet.load(rules));
        Profile ckd = Profile.builder("k").age(60).sex(Sex.MALE).condition("ckd").condition("crohns").build();
        assertTrue(assessor.assess(ckd).has("CKD_BONE_VASCULAR"));
        assertTrue(assessor.assess(ckd).has("CHRONIC_INFLAMMATION"));
        assertTrue(assessor.ruleSet().definitionsOf("CKD_BONE_VASCULAR").get(0).file().endsWith("conditions.drl.xlsx"));
    }
}
