package org.osteorisk.io;

import java.util.List;

/**
 * One data row of a profile CSV as read, before its fields are parsed.
 *
 * @param line   the line the row starts on (a quoted field may span lines)
 * @param id     the row's id, or null when it has none
 * @param fields the cells, in header order
 * @param error  why the row is already known to be bad (wrong column count, no id, duplicate id), or null
 */
public record CsvRow(long line, String id, List<String> fields, String error) {

    /** Names the row by line and id, never its cells: they are health data. */
    @Override
    public String toString() {
        return "CsvRow[line=" + line + ", id=" + id + ", cells=" + fields.size()
                + (error == null ? "" : ", error=" + error) + "]";
    }
}
