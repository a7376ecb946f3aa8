package org.osteorisk.io;

import java.util.Locale;

/**
 * How much one profile may hold, in the CSV and the JSON format alike: the sizes a real profile never comes near,
 * so that a hostile or broken file costs bounded memory and time per row. Documented in docs/profile-csv.md; the
 * values a person can have are in {@link org.osteorisk.model.PlausibleRanges}.
 */
public final class InputLimits {

    /** Columns in the header and in any row (the format has about 25; other columns are ignored). */
    public static final int MAX_COLUMNS = 512;
    /** Characters in one row, quoted line breaks included; a longer row is an error and costs no more memory. */
    public static final int MAX_ROW_CHARS = 32_768;
    /** Characters in one cell (a supplement list of 64 long entries fits). */
    public static final int MAX_CELL_CHARS = 4_096;
    /** Characters in an id. */
    public static final int MAX_ID_CHARS = 128;
    /** Entries in one list cell (supplements, conditions, medications). */
    public static final int MAX_LIST_ENTRIES = 64;

    /** Characters in one JSON profile document. */
    public static final int MAX_JSON_CHARS = 1_048_576;
    /** Nesting of JSON objects and arrays (a profile needs 3: the profile, its supplement list, a supplement). */
    public static final int MAX_JSON_DEPTH = 16;
    /** Characters in one JSON number. */
    public static final int MAX_JSON_NUMBER_CHARS = 64;
    /** Characters in one JSON key. */
    public static final int MAX_JSON_KEY_CHARS = 256;
    /** Characters in one JSON string, before any field's own limit ({@link #MAX_CELL_CHARS}) applies. */
    public static final int MAX_JSON_STRING_CHARS = 32_768;

    private InputLimits() {
    }

    /** A count for messages, with thousands separators whatever the default locale: 32,768. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
