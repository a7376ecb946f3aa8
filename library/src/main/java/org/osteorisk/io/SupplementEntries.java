package org.osteorisk.io;

import java.util.ArrayList;
import java.util.List;

import org.osteorisk.model.DoseUnit;
import org.osteorisk.model.Frequency;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Supplement;

/**
 * The supplement list grammar of the profile format:
 * {@code nutrient[:form] <amount><unit>[/day|/week|/month|/year]}, entries separated by {@code ;}. An entry is read
 * in one pass, left to right (no regular expression: a backtracking one took minutes on a cell of digits).
 */
public final class SupplementEntries {

    public static final String GRAMMAR = "nutrient[:form] <amount><unit>[/day|/week|/month|/year],"
            + " e.g. calcium:carbonate 600mg/day";

    private SupplementEntries() {
    }

    /**
     * Parses a whole cell; blank entries (a trailing {@code ;}) are skipped.
     *
     * @throws FieldException naming the entry by position, never its text
     */
    public static List<Supplement> parseList(String field, String text) {
        List<Supplement> supplements = new ArrayList<>();
        List<String> entries = ProfileFields.entries(field, text);
        for (int i = 0; i < entries.size(); i++) {
            try {
                supplements.add(parse(entries.get(i)));
            } catch (IllegalArgumentException e) {
                throw new FieldException(field, "entry " + (i + 1) + ": " + FieldException.problemOf(e));
            }
        }
        return supplements;
    }

    /**
     * Parses one entry.
     *
     * @throws IllegalArgumentException saying what is wrong, without the entry's text
     */
    public static Supplement parse(String entry) {
        Scanner s = new Scanner(entry.trim());
        String name = s.take(SupplementEntries::isNameChar);
        String form = null;
        if (s.skip(':')) {
            form = s.take(c -> !Values.isSpace(c));
            if (form.isEmpty()) {
                throw grammar();
            }
        }
        if (name.isEmpty() || s.spaces() == 0) {
            throw grammar();
        }
        String amountText = s.take(c -> c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9');
        s.spaces();
        String unitText = s.take(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '\u00b5' || c == '\u03bc');
        s.spaces();
        String frequencyText = null;
        if (s.skip('/')) {
            s.spaces();
            frequencyText = s.take(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z');
            if (frequencyText.isEmpty()) {
                throw grammar();
            }
        }
        if (!s.atEnd() || !Values.isDecimal(amountText) || unitText.isEmpty()) {
            throw grammar();
        }
        Nutrient nutrient;
        try {
            nutrient = Nutrient.fromKey(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown nutrient; " + e.getMessage(), e);
        }
        double amount = Double.parseDouble(amountText);
        if (amount < 0) {
            throw new IllegalArgumentException("the amount must not be negative");
        }
        DoseUnit unit;
        try {
            unit = DoseUnit.parse(unitText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown unit; expected mg, mcg (also ug), g or IU", e);
        }
        Frequency frequency;
        try {
            frequency = frequencyText == null ? Frequency.DAY : Frequency.parse(frequencyText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown frequency; expected /day, /week, /month or /year", e);
        }
        return new Supplement(nutrient, form, amount, unit, frequency);
    }

    private static boolean isNameChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
    }

    private static IllegalArgumentException grammar() {
        return new IllegalArgumentException("expected " + GRAMMAR);
    }

    /** A cursor over an entry's text. */
    private static final class Scanner {
        private final String text;
        private int pos;

        Scanner(String text) {
            this.text = text;
        }

        /** The longest run of characters from here that match. */
        String take(CharTest test) {
            int start = pos;
            while (pos < text.length() && test.test(text.charAt(pos))) {
                pos++;
            }
            return text.substring(start, pos);
        }

        /** Skips blanks; returns how many. */
        int spaces() {
            return take(Values::isSpace).length();
        }

        boolean skip(char c) {
            if (pos < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        boolean atEnd() {
            return pos == text.length();
        }
    }

    private interface CharTest {
        boolean test(char c);
    }
}
