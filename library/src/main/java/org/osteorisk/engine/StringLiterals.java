package org.osteorisk.engine;

/**
 * Texts in double quotes on one line, with no escape but {@code \"} and {@code \\}: the one form of string literal
 * that DRL, MVEL and Java all read the same way. Rule files need nothing more, and a literal read differently by two
 * of those readers is how text that looks like data becomes code.
 */
final class StringLiterals {

    private StringLiterals() {
    }

    /**
     * The index just after the literal that opens at {@code start} (a double quote), or -1 when it is not closed on
     * its line or uses another escape.
     */
    static int end(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\n' || c == '\r') {
                return -1;
            }
            if (c == '\\') {
                if (i + 1 >= text.length() || (text.charAt(i + 1) != '"' && text.charAt(i + 1) != '\\')) {
                    return -1;
                }
                i++;
            }
            i++;
        }
        return -1;
    }

    /** True when the whole text, spaces around it aside, is one literal. */
    static boolean isOne(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.startsWith("\"") && end(stripped, 0) == stripped.length();
    }

    /** The text a literal stands for: without its quotes, escapes undone. */
    static String value(String literal) {
        String stripped = literal.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 1; i < stripped.length() - 1; i++) {
            char c = stripped.charAt(i);
            if (c == '\\') {
                c = stripped.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
