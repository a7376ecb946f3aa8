package org.osteorisk.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Reads one reference-data CSV file of a rule set. Lines starting with {@code #} are comments, so clinicians can
 * annotate the tables. Every bad cell becomes a problem with its file, line and column, and reading goes on, so
 * one load reports all of a file's problems.
 */
public final class DataFile {

    private final String displayName;
    private final ProblemList problems;

    public DataFile(String displayName, ProblemList problems) {
        this.displayName = displayName;
        this.problems = problems;
    }

    /**
     * Calls {@code handler} for each data row. A {@link CellException} thrown by the handler is recorded as a
     * problem at that row and cell.
     */
    void read(RuleFile file, List<String> requiredColumns, Consumer<Row> handler) {
        try (Reader reader = file.open()) {
            if (reader == null) {
                problems.add(displayName, 0, 0, "missing: the rule set needs this reference file");
                return;
            }
            read(reader, requiredColumns, handler);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + displayName, e);
        }
    }

    /** Reads the file's text from {@code reader}, as {@link #read(RuleFile, List, Consumer)} does, and closes it. */
    public void read(Reader reader, List<String> requiredColumns, Consumer<Row> handler) {
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .commentStrategy(CommentStrategy.SKIP)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(reader)) {
            Map<String, Integer> header = null;
            for (CsvRecord record : csv) {
                if (header == null) {
                    header = header(record, requiredColumns);
                    if (header == null) {
                        return;
                    }
                    continue;
                }
                Row row = new Row(record, header);
                if (record.getFieldCount() != header.size()) {
                    problems.add(displayName, row.line(), 1, "expected " + header.size()
                            + " columns as in the header, found " + record.getFieldCount());
                    continue;
                }
                try {
                    handler.accept(row);
                } catch (CellException e) {
                    problems.add(displayName, row.line(), e.column, e.getMessage());
                }
            }
            if (header == null) {
                problems.add(displayName, 1, 1, "empty file: expected a header row " + String.join(",", requiredColumns));
            }
        } catch (CsvParseException e) {
            problems.add(displayName, 0, 0, "not readable as CSV: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + displayName, e);
        }
    }

    private Map<String, Integer> header(CsvRecord record, List<String> required) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.getFieldCount(); i++) {
            columns.put(record.getField(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = new ArrayList<>();
        for (String name : required) {
            if (!columns.containsKey(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(displayName, (int) record.getStartingLineNumber(), 1,
                    "header lacks column(s) " + String.join(", ", missing) + "; expected " + String.join(",", required));
            return null;
        }
        return columns;
    }

    /** A problem with one cell; {@code column} counts from 1. */
    public static final class CellException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int column;

        CellException(int column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }

    /** One data row, read by column name. */
    public static final class Row {
        private final CsvRecord record;
        private final Map<String, Integer> header;

        Row(CsvRecord record, Map<String, Integer> header) {
            this.record = record;
            this.header = header;
        }

        public int line() {
            return (int) record.getStartingLineNumber();
        }

        /** Column number (from 1) of a named column. */
        public int column(String name) {
            return header.get(name) + 1;
        }

        /** The trimmed cell, or null when the cell is blank or the column absent. */
        public String optionalText(String name) {
            Integer index = header.get(name);
            if (index == null) {
                return null;
            }
            String value = record.getField(index).trim();
            return value.isEmpty() ? null : value;
        }

        public String text(String name) {
            return required(name, optionalText(name));
        }

        private <T> T required(String name, T value) {
            if (value == null) {
                throw fail(name, "required, but blank");
            }
            return value;
        }

        Double optionalNumber(String name) {
            String value = optionalText(name);
            if (value == null) {
                return null;
            }
            try {
                double number = Double.parseDouble(value);
                if (!Double.isFinite(number)) {
                    throw fail(name, "not a finite number");
                }
                return number;
            } catch (NumberFormatException e) {
                throw fail(name, "not a number");
            }
        }

        double number(String name) {
            return required(name, optionalNumber(name));
        }

        Integer optionalWholeNumber(String name) {
            Double value = optionalNumber(name);
            if (value == null) {
                return null;
            }
            if (value != Math.rint(value)) {
                throw fail(name, "not a whole number");
            }
            return value.intValue();
        }

        /** Checks that a cell cites known sources by key ({@code key} or {@code key; key}). */
        void sources(String name, SourceCatalog catalog) {
            try {
                catalog.resolve(text(name));
            } catch (IllegalArgumentException e) {
                throw fail(name, e.getMessage());
            }
        }

        public CellException fail(String name, String message) {
            Integer index = header.get(name);
            return new CellException(index == null ? 1 : index + 1, name + ": " + message);
        }
    }
}
