package org.osteorisk.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osteorisk.model.DoseUnit;
import org.osteorisk.model.Frequency;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Supplement;

/**
 * The supplement list grammar of the profile format:
 * {@code nutrient[:form] <amount><unit>[/day|/week|/month|/year]}, entries separated by {@code ;}.
 */
public final class SupplementEntries {

    public static final String GRAMMAR = "nutrient[:form] <amount><unit>[/day|/week|/month|/year],"
            + " e.g. calcium:carbonate 600mg/day";

    private static final Pattern ENTRY = Pattern.compile(
            "([A-Za-z0-9_]+)(?::(\\S+))?\\s+([+-]?[0-9]*\\.?[0-9]+)\\s*([A-Za-z\u00b5\u03bc]+)\\s*(?:/\\s*([A-Za-z]+))?");

    private SupplementEntries() {
    }

    /**
     * Parses a whole cell; blank entries (a trailing {@code ;}) are skipped.
     *
     * @throws FieldException naming the entry by position, never its text
     */
    public static List<Supplement> parseList(String field, String text) {
        List<Supplement> supplements = new ArrayList<>();
        String[] entries = text.split(";");
        for (int i = 0; i < entries.length; i++) {
            if (!entries[i].isBlank()) {
                try {
                    supplements.add(parse(entries[i]));
                } catch (IllegalArgumentException e) {
                    throw new FieldException(field, "entry " + (i + 1) + ": " + e.getMessage());
                }
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
        Matcher m = ENTRY.matcher(entry.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected " + GRAMMAR);
        }
        Nutrient nutrient;
        try {
            nutrient = Nutrient.fromKey(m.group(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown nutrient; " + e.getMessage(), e);
        }
        double amount = Double.parseDouble(m.group(3));
        if (amount < 0) {
            throw new IllegalArgumentException("the amount must not be negative");
        }
        DoseUnit unit;
        try {
            unit = DoseUnit.parse(m.group(4));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown unit; expected mg, mcg (also ug), g or IU", e);
        }
        Frequency frequency;
        try {
            frequency = m.group(5) == null ? Frequency.DAY : Frequency.parse(m.group(5));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown frequency; expected /day, /week, /month or /year", e);
        }
        return new Supplement(nutrient, m.group(2), amount, unit, frequency);
    }
}
