package org.osteorisk.report;

import java.io.IOException;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Writes CSV rows whose cells a spreadsheet will show as text, never run as formulas (CSV injection). A spreadsheet
 * takes a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} for a formula, and so, in some
 * programs, one that starts with a tab or a carriage return; an id such as {@code =HYPERLINK("http://...")} would
 * run on the clinician's machine. As OWASP recommends, such a cell gets a single quote in front, which the
 * spreadsheet shows but does not evaluate. Applied to every cell, since ids come from the input and explanations
 * from rule files.
 */
final class SpreadsheetCells {

    private final CsvWriter csv;

    SpreadsheetCells(CsvWriter csv) {
        this.csv = csv;
    }

    /** The cell as a spreadsheet may open it: prefixed with {@code '} when it would start a formula. */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        switch (cell.charAt(0)) {
            case '=': case '+': case '-': case '@': case '\t': case '\r':
                return "'" + cell;
            default:
                return cell;
        }
    }

    void writeRecord(String... cells) {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = neutralise(cells[i]);
        }
        csv.writeRecord(safe);
    }

    void flush() throws IOException {
        csv.flush();
    }
}
