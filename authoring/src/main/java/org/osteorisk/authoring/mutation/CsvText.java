package org.osteorisk.authoring.mutation;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV text with where each field lies, so that one cell can be replaced and the rest of the file
 * left exactly as it was. Handles quoted fields (with commas, doubled quotes and line breaks); lines starting with
 * {@code #} are comments, as in the reference files.
 */
final class CsvText {

    /** A field: its value, and the characters {@code [start, end)} it takes in the text, quotes included. */
    record Field(String value, int start, int end) {
    }

    /** A record and the line it starts on. */
    record Row(int line, List<Field> fields) {

        String value(int column) {
            return column < fields.size() ? fields.get(column).value() : "";
        }

        int indexOf(String value) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).value().equals(value)) {
                    return i;
                }
            }
            return -1;
        }

        boolean blank() {
            return fields.stream().allMatch(f -> f.value().isBlank());
        }
    }

    private CsvText() {
    }

    static List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int line = 1;
        while (i < text.length()) {
            if (text.charAt(i) == '#') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end + 1;
                line++;
                continue;
            }
            int rowLine = line;
            List<Field> fields = new ArrayList<>();
            boolean endOfRow = false;
            while (!endOfRow) {
                int start = i;
                StringBuilder value = new StringBuilder();
                if (i < text.length() && text.charAt(i) == '"') {
                    i++;
                    while (i < text.length()) {
                        char c = text.charAt(i);
                        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            value.append('"');
                            i += 2;
                        } else if (c == '"') {
                            i++;
                            break;
                        } else {
                            line += c == '\n' ? 1 : 0;
                            value.append(c);
                            i++;
                        }
                    }
                }
                while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n') {
                    if (text.charAt(i) != '\r') {
                        value.append(text.charAt(i));
                    }
                    i++;
                }
                int end = i;
                while (end > start && text.charAt(end - 1) == '\r') {
                    end--;
                }
                fields.add(new Field(value.toString(), start, end));
                if (i >= text.length() || text.charAt(i) == '\n') {
                    endOfRow = true;
                    line++;
                }
                i++;
            }
            rows.add(new Row(rowLine, fields));
        }
        return rows;
    }
}
