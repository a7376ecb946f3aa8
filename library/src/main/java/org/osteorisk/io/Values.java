package org.osteorisk.io;

import java.util.Locale;

import org.osteorisk.model.PlausibleRanges;

/**
 * Reads the cell types of the profile format; every failure names the field, never the value. Every scan here is a
 * single pass over the text (no regular expressions), so a cell costs time in proportion to its length.
 */
final class Values {
    private Values() {
    }

    static double number(String field, String text) {
        String t = text.trim();
        if (t.isEmpty() || !looksNumeric(t)) {
            throw new FieldException(field, "not a number");
        }
        try {
            double value = Double.parseDouble(t);
            if (!Double.isFinite(value)) {
                throw new FieldException(field, "not a finite number");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new FieldException(field, "not a number");
        }
    }

    /** Digits with an optional sign, decimal point and exponent: no NaN, Infinity, hex or type suffixes. */
    private static boolean looksNumeric(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text is a plain decimal: an optional sign, digits, at most one point, and a digit at the end
     * ({@code 600}, {@code -1.5}, {@code .5}; not {@code 5.} or {@code 1e3}).
     */
    static boolean isDecimal(CharSequence t) {
        int i = 0;
        int n = t.length();
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            i++;
        }
        boolean point = false;
        boolean digits = false;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits && t.charAt(n - 1) != '.';
    }

    /** A number within its field's plausible range. */
    static double inRange(String field, String text, PlausibleRanges.Range range) {
        double value = number(field, text);
        if (!range.contains(value)) {
            throw new FieldException(field, "expected " + range.describe());
        }
        return value;
    }

    static int wholeNumber(String field, String text, int min, int max) {
        String expected = "not a whole number from " + min + " to " + max;
        double value;
        try {
            value = number(field, text);
        } catch (FieldException e) {
            throw new FieldException(field, expected);
        }
        if (value != Math.rint(value) || value < min || value > max) {
            throw new FieldException(field, expected);
        }
        return (int) value;
    }

    static boolean yesNo(String field, String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "yes": case "y": case "true": case "1": return true;
            case "no": case "n": case "false": case "0": return false;
            default: throw new FieldException(field, "expected yes or no (also true/false, y/n, 1/0)");
        }
    }

    /** The whitespace of the supplement and lab grammars: ASCII blanks and line breaks, as {@code \s} in a regex. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }
}
