package org.osteorisk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringWriter;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.junit.jupiter.api.Test;

/** Cells that a spreadsheet would run as formulas are written as text (OWASP: CSV injection). */
class SpreadsheetCellsTest {

    @Test
    void formulaStartsGetASingleQuote() {
        for (String formula : List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1")) {
            assertEquals("'" + formula, SpreadsheetCells.neutralise(formula), formula);
        }
        for (String text : List.of("P001", "a=b", " =1", "'=1", "1-2", "")) {
            assertEquals(text, SpreadsheetCells.neutralise(text), text);
        }
        assertNull(SpreadsheetCells.neutralise(null));
    }

    @Test
    void everyCellOfARowIsNeutralised() throws Exception {
        StringWriter out = new StringWriter();
        SpreadsheetCells csv = new SpreadsheetCells(CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out));
        csv.writeRecord("=1+1", "7", "-x", "ok");
        csv.flush();
        assertEquals("'=1+1,7,'-x,ok\n", out.toString());
    }
}
