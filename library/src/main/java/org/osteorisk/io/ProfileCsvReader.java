package org.osteorisk.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import org.osteorisk.model.Profile;

/**
 * Streams a profile CSV (the batch input format): a header naming the columns in any order and case, then one
 * profile per row. Reads a UTF-8 byte-order mark, CRLF line ends and quoted fields with commas; skips blank lines.
 *
 * <p>Every row of the input becomes exactly one {@link CsvRow} with the line it starts on, good or bad, and no text of
 * one row ever reaches another: a {@link CsvRecordSplitter} finds where each row starts and ends, and FastCSV decodes
 * its cells. A quoted cell may hold line breaks only in a list column, after a {@code ;} between entries (as
 * spreadsheets write a cell of several lines), or in one of the caller's extra columns. A quote that does not close
 * properly, or that takes a row over a line break anywhere else, is taken for a stray quote: that row is an error,
 * and reading goes on at its next line, so a stray quote costs one row, never the rest of the file. The sizes a row
 * may have are in {@link InputLimits}.
 *
 * <p>Reading is split in two so the costly part can run in parallel: {@link #next()} reads rows in order and checks
 * what needs the whole file (column count, a present and unique id); {@link #parse(CsvRow)} reads the fields and may
 * be called from any thread. A bad row is reported in its {@link ProfileRow}, and reading goes on. Messages name
 * lines, columns and fields, never the text of a cell.
 */
public final class ProfileCsvReader implements Closeable {

    /** Decodes one record's cells; the splitter has already checked its structure. */
    private static final CsvReader.CsvReaderBuilder CELLS = CsvReader.builder().allowUnclosedQuote(false);

    private final String source;
    private final Reader input;
    private final CsvRecordSplitter splitter;
    private final String[] columns;
    /** The reader of each column, resolved once from the header; null for id and unknown columns. */
    private final ProfileFields.Setter[] setters;
    private final int idColumn;
    private final List<String> warnings = new ArrayList<>();
    private final IdRegistry ids = new IdRegistry();

    private final Set<String> extraColumns;

    private ProfileCsvReader(Reader reader, String source, Set<String> extraColumns) {
        this.source = source;
        this.input = reader;
        this.extraColumns = extraColumns;
        this.splitter = new CsvRecordSplitter(reader, InputLimits.MAX_ROW_CHARS);
        CsvRecordSplitter.Record header = read();
        if (header == null) {
            fail(1, "empty: expected a header row naming the columns, with id");
        }
        this.columns = header(header);
        this.setters = new ProfileFields.Setter[columns.length];
        for (int i = 0; i < columns.length; i++) {
            setters[i] = columns[i].equals("id") ? null : ProfileFields.setter(columns[i]);
        }
        int id = -1;
        for (int i = 0; i < columns.length; i++) {
            if ("id".equals(columns[i])) {
                id = i;
            }
        }
        this.idColumn = id;
    }

    public static ProfileCsvReader open(Path file) throws IOException {
        return open(Files.newInputStream(file), file.toString());
    }

    /** Reads a stream as UTF-8; {@code source} names it in messages ("-" or "&lt;stdin&gt;", say). */
    public static ProfileCsvReader open(InputStream in, String source) {
        return new ProfileCsvReader(new InputStreamReader(in, StandardCharsets.UTF_8), source, Set.of());
    }

    public static ProfileCsvReader open(Reader reader, String source) {
        return new ProfileCsvReader(reader, source, Set.of());
    }

    /**
     * A reader that also accepts {@code extraColumns} (lower case) besides the profile fields, without warnings;
     * their cells are in {@link CsvRow#fields()} at {@link #columnIndex(String)}, and may hold line breaks.
     */
    public static ProfileCsvReader open(Reader reader, String source, Set<String> extraColumns) {
        return new ProfileCsvReader(reader, source, Set.copyOf(extraColumns));
    }

    private String[] header(CsvRecordSplitter.Record header) {
        long line = header.line();
        switch (header.problem()) {
            case UNCLOSED_QUOTE:
                fail(line, "the header is not readable as CSV: the quote opening column "
                        + (header.problemColumn() + 1) + " is never closed");
                break;
            case TEXT_AFTER_CLOSING_QUOTE:
                fail(line, "the header is not readable as CSV: text after a closing quote in column "
                        + (header.problemColumn() + 1));
                break;
            case TOO_LONG:
                fail(line, "the header is longer than " + InputLimits.count(InputLimits.MAX_ROW_CHARS) + " characters");
                break;
            default:
                break;
        }
        if (header.spansLines()) {
            fail(line, "the header runs over several lines: a quoted column name holds a line break");
        }
        if (header.fieldCount() > InputLimits.MAX_COLUMNS) {
            fail(line, "the header has more than " + InputLimits.MAX_COLUMNS + " columns");
        }
        List<String> fields = decode(header);
        if (fields == null) {
            fail(line, "the header is not readable as CSV");
        }
        String[] names = new String[fields.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            String name = fields.get(i).trim().toLowerCase(Locale.ROOT);
            names[i] = name;
            Integer earlier = seen.put(name, i);
            if (name.isEmpty()) {
                fail(line, "header column " + (i + 1) + " has no name");
            } else if (earlier != null) {
                fail(line, "header names column " + printable(name) + " twice (columns " + (earlier + 1) + " and "
                        + (i + 1) + ")");
            } else if (!ProfileFields.isKnown(name) && !extraColumns.contains(name)) {
                warnings.add("unknown column " + printable(name) + " (column " + (i + 1)
                        + ") is ignored; known columns: " + String.join(", ", ProfileFields.names()));
            }
        }
        if (!seen.containsKey("id")) {
            fail(line, "the header has no id column; id is required");
        }
        return names;
    }

    /** A column name as messages may show it: short and printable, or not at all. */
    private static String printable(String name) {
        return name.length() <= 64 && ProfileIds.problem(name) == null ? name : "(a name not shown)";
    }

    private void fail(long line, String problem) {
        close();
        throw new InputFileException(source, line, problem);
    }

    public String source() {
        return source;
    }

    /** The header's column names, lower case. */
    public List<String> columns() {
        return List.of(columns);
    }

    /** The position of a column in the header, or -1 when absent. */
    public int columnIndex(String name) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Problems with the header that do not stop reading: an unknown column, reported once. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * The next row in input order, or null at the end: every row of the input, good or bad, with the line it starts
     * on.
     *
     * @throws InputFileException when the input cannot be read any further (an I/O error)
     */
    public CsvRow next() {
        CsvRecordSplitter.Record record = read();
        if (record == null) {
            return null;
        }
        long line = record.line();
        String problem = structuralProblem(record);
        if (problem != null) {
            return new CsvRow(line, null, List.of(), problem);
        }
        List<String> fields = decode(record);
        if (fields == null || fields.size() != columns.length) {
            return new CsvRow(line, null, List.of(), "not readable as CSV");
        }
        String id = fields.get(idColumn).trim();
        String idColumnName = "id (column " + (idColumn + 1) + "): ";
        if (id.isEmpty()) {
            return new CsvRow(line, null, fields, idColumnName + "required, but blank");
        }
        String idProblem = ProfileIds.problem(id);
        if (idProblem != null) {
            return new CsvRow(line, null, fields, idColumnName + idProblem);
        }
        int first = ids.add(id, (int) Math.min(line, Integer.MAX_VALUE));
        if (first != 0) {
            return new CsvRow(line, id, fields, idColumnName + "duplicate; first used on line " + first);
        }
        return new CsvRow(line, id, fields, null);
    }

    /**
     * What is wrong with a record's structure, in words, or null. When a quote took the record over several lines
     * and the record is bad, the quote is taken for a stray one: the splitter re-reads from the record's second
     * line, so that the rows a stray quote swallowed are read as rows.
     */
    private String structuralProblem(CsvRecordSplitter.Record record) {
        boolean spans = record.spansLines();
        String rereads = spans ? "; the row is skipped and reading goes on at line " + (record.line() + 1) : "";
        String problem = null;
        switch (record.problem()) {
            case TOO_LONG:
                problem = "longer than " + InputLimits.count(InputLimits.MAX_ROW_CHARS) + " characters"
                        + (spans ? ", with a quoted cell over several lines" : "; the rest of its line is skipped");
                break;
            case UNCLOSED_QUOTE:
                problem = cell(record.problemColumn()) + ": the quote that opens this cell"
                        + (record.problemLine() == record.line() ? "" : " on line " + record.problemLine())
                        + " is never closed";
                break;
            case TEXT_AFTER_CLOSING_QUOTE:
                problem = spans
                        ? "a quoted cell does not end properly: text after its closing quote in column "
                        + (record.problemColumn() + 1) + " on line " + record.problemLine()
                        + ", so a quote on this line is taken for a stray one"
                        : cell(record.problemColumn()) + ": text after the closing quote (a quote inside a quoted "
                        + "cell is written twice)";
                break;
            default:
                break;
        }
        if (problem == null && !record.spanningCells().isEmpty()) {
            for (CsvRecordSplitter.SpanningCell cell : record.spanningCells()) {
                if (!mayHoldLineBreaks(cell)) {
                    problem = cell(cell.column()) + ": a quoted cell runs over several lines, which only a list "
                            + "column may do, after a ; between entries; its quote is taken for a stray one";
                    break;
                }
            }
            if (problem == null && record.fieldCount() != columns.length) {
                problem = columnCount(record.fieldCount()) + ", with a quoted cell over several lines";
            }
        }
        if (problem != null) {
            if (spans) {
                splitter.rereadAfterFirstLine(record);
            }
            return problem + rereads;
        }
        if (record.fieldCount() != columns.length) {
            return columnCount(record.fieldCount());
        }
        return null;
    }

    private String columnCount(int found) {
        return "expected " + columns.length + " columns as in the header, found " + InputLimits.count(found);
    }

    /** Whether a quoted cell may hold line breaks: in a list column between entries, or in an extra column. */
    private boolean mayHoldLineBreaks(CsvRecordSplitter.SpanningCell cell) {
        if (cell.column() >= columns.length) {
            return false;
        }
        String name = columns[cell.column()];
        return extraColumns.contains(name)
                || ProfileFields.LIST_FIELDS.contains(name) && cell.breaksFollowSemicolons();
    }

    /** A cell as messages name it: "supplements (column 5)" for a known column, else "column 9". */
    private String cell(int column) {
        if (column >= 0 && column < columns.length
                && (ProfileFields.isKnown(columns[column]) || extraColumns.contains(columns[column]))) {
            return columns[column] + " (column " + (column + 1) + ")";
        }
        return "column " + (column + 1);
    }

    /** The cells of a record whose structure is sound; null if FastCSV finds it is not (never expected). */
    private static List<String> decode(CsvRecordSplitter.Record record) {
        try {
            return CELLS.ofSingleCsvRecord(record.text()).getFields();
        } catch (CsvParseException e) {
            return null;
        }
    }

    private CsvRecordSplitter.Record read() {
        try {
            return splitter.next();
        } catch (IOException e) {
            close();
            throw new InputFileException(source, splitter.line(), "could not be read: " + e.getMessage());
        }
    }

    /**
     * Reads a row's fields into a profile, reporting every bad field ("age (column 2): not a whole number from 0 to
     * 130"). Thread-safe.
     */
    public ProfileRow parse(CsvRow row) {
        if (row.error() != null) {
            return new ProfileRow(row.line(), row.id(), null, row.error());
        }
        Profile.Builder builder = Profile.builder(row.id());
        List<String> errors = null;
        List<String> fields = row.fields();
        for (int i = 0; i < columns.length; i++) {
            String text = fields.get(i);
            if (setters[i] == null || text.isBlank()) {
                continue;
            }
            try {
                ProfileFields.checkLength(columns[i], text);
                setters[i].set(builder, text);
            } catch (FieldException e) {
                if (errors == null) {
                    errors = new ArrayList<>(2);
                }
                errors.add(columns[i] + " (column " + (i + 1) + "): " + e.problem());
            }
        }
        if (errors != null) {
            return new ProfileRow(row.line(), row.id(), null, String.join("; ", errors));
        }
        try {
            return new ProfileRow(row.line(), row.id(), builder.build(), null);
        } catch (IllegalArgumentException e) {
            return new ProfileRow(row.line(), row.id(), null, e.getMessage());
        }
    }

    /** Reads and parses the next row; null at the end. */
    public ProfileRow nextProfile() {
        CsvRow row = next();
        return row == null ? null : parse(row);
    }

    @Override
    public void close() {
        try {
            input.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
