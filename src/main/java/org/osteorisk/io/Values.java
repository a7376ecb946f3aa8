package org.osteorisk.io;

import java.util.Locale;

/** Reads the cell types of the profile format; every failure names the field, never the value. */
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

    static double notNegative(String field, String text) {
        double value = number(field, text);
        if (value < 0) {
            throw new FieldException(field, "must not be negative");
        }
        return value;
    }

    static double positive(String field, String text) {
        double value = number(field, text);
        if (value <= 0) {
            throw new FieldException(field, "must be greater than zero");
        }
        return value;
    }

    static double inRange(String field, String text, double min, double max) {
        double value = number(field, text);
        if (value < min || value > max) {
            throw new FieldException(field, "expected a number from " + min + " to " + max);
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
}
