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

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.osteorisk.model.Profile;

/**
 * Streams a profile CSV (the batch input format): a header naming the columns in any order and case, then one
 * profile per row. Reads a UTF-8 byte-order mark, CRLF line ends and quoted fields with commas or line breaks;
 * skips blank lines.
 *
 * <p>Reading is split in two so the costly part can run in parallel: {@link #next()} reads rows in order and checks
 * what needs the whole file (column count, a present and unique id); {@link #parse(CsvRow)} reads the fields and may
 * be called from any thread. A bad row is reported in its {@link ProfileRow}, and reading goes on.
 */
public final class ProfileCsvReader implements Closeable {

    /** A UTF-8 byte-order mark, as it appears once decoded; spreadsheet programs write one. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final String source;
    private final CsvReader<CsvRecord> csv;
    private final CloseableIterator<CsvRecord> records;
    private final String[] columns;
    /** The reader of each column, resolved once from the header; null for id and unknown columns. */
    private final ProfileFields.Setter[] setters;
    private final int idColumn;
    private final List<String> warnings = new ArrayList<>();
    private final IdRegistry ids = new IdRegistry();
    private boolean broken;

    private final Set<String> extraColumns;

    private ProfileCsvReader(Reader reader, String source, Set<String> extraColumns) {
        this.source = source;
        this.extraColumns = extraColumns;
        this.csv = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .ofCsvRecord(reader);
        this.records = csv.iterator();
        if (!records.hasNext()) {
            close();
            throw new InputFileException(source, 1, "empty: expected a header row naming the columns, with id");
        }
        CsvRecord header = records.next();
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
     * their cells are in {@link CsvRow#fields()} at {@link #columnIndex(String)}.
     */
    public static ProfileCsvReader open(Reader reader, String source, Set<String> extraColumns) {
        return new ProfileCsvReader(reader, source, Set.copyOf(extraColumns));
    }

    private String[] header(CsvRecord header) {
        long line = header.getStartingLineNumber();
        String[] names = new String[header.getFieldCount()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            String field = header.getField(i);
            if (i == 0 && field.startsWith(BYTE_ORDER_MARK)) {
                field = field.substring(1);
            }
            String name = field.trim().toLowerCase(Locale.ROOT);
            names[i] = name;
            Integer earlier = seen.put(name, i);
            if (name.isEmpty()) {
                fail(line, "header column " + (i + 1) + " has no name");
            } else if (earlier != null) {
                fail(line, "header names column " + name + " twice (columns " + (earlier + 1) + " and " + (i + 1) + ")");
            } else if (!ProfileFields.isKnown(name) && !extraColumns.contains(name)) {
                warnings.add("unknown column " + name + " (column " + (i + 1) + ") is ignored; known columns: "
                        + String.join(", ", ProfileFields.names()));
            }
        }
        if (!seen.containsKey("id")) {
            fail(line, "the header has no id column; id is required");
        }
        return names;
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
     * The next row in input order, or null at the end. After text that is not CSV (a quote never closed), that row
     * is returned as an error and reading stops.
     */
    public CsvRow next() {
        if (broken) {
            return null;
        }
        CsvRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (CsvParseException e) {
            broken = true;
            return new CsvRow(0, null, List.of(), "not readable as CSV after the last good row ("
                    + e.getMessage() + "); reading stopped");
        }
        long line = record.getStartingLineNumber();
        List<String> fields = record.getFields();
        if (fields.size() != columns.length) {
            return new CsvRow(line, idOf(fields), fields, "expected " + columns.length
                    + " columns as in the header, found " + fields.size());
        }
        String id = idOf(fields);
        if (id == null) {
            return new CsvRow(line, null, fields, "id (column " + (idColumn + 1) + "): required, but blank");
        }
        int first = ids.add(id, (int) Math.min(line, Integer.MAX_VALUE));
        if (first != 0) {
            return new CsvRow(line, id, fields, "id (column " + (idColumn + 1) + "): duplicate; first used on line "
                    + first);
        }
        return new CsvRow(line, id, fields, null);
    }

    private String idOf(List<String> fields) {
        if (idColumn >= fields.size()) {
            return null;
        }
        String id = fields.get(idColumn).trim();
        return id.isEmpty() ? null : id;
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
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
