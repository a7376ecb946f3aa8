package org.osteorisk.io;

/**
 * What a profile id may be, in the CSV and JSON formats alike. Ids are the one thing messages, logs and reports name,
 * so an id must be short and printable: a control character (a line break, a NUL, an escape sequence) or an
 * invisible formatting one (a right-to-left override) would forge lines in a log or a report.
 */
final class ProfileIds {

    private ProfileIds() {
    }

    /**
     * Why an id cannot name a profile, or null when it can.
     *
     * @param id the id, trimmed and not blank
     */
    static String problem(String id) {
        if (id.length() > InputLimits.MAX_ID_CHARS) {
            return "longer than " + InputLimits.MAX_ID_CHARS + " characters";
        }
        for (int i = 0; i < id.length(); ) {
            int c = id.codePointAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE) {
                return "contains a control or invisible formatting character";
            }
            i += Character.charCount(c);
        }
        return null;
    }
}
