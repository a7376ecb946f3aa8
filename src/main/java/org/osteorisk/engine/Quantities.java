package org.osteorisk.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats numbers the way explanations quote them: "1,200", "2.4", "274", "-4". */
public final class Quantities {
    private Quantities() {
    }

    /** Up to 2 decimals below 10, 1 below 100, none above; grouping with commas; no trailing zeros. */
    public static String format(double value) {
        double abs = Math.abs(value);
        int decimals = abs < 10 ? 2 : abs < 100 ? 1 : 0;
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0);
        }
        String plain = rounded.toPlainString();
        if (plain.equals("-0")) {
            return "0";
        }
        return group(plain);
    }

    /** Formats a nullable number; null reads "unknown". */
    public static String format(Number value) {
        return value == null ? "unknown" : format(value.doubleValue());
    }

    private static String group(String plain) {
        int start = plain.startsWith("-") ? 1 : 0;
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        if (end - start <= 3) {
            return plain;
        }
        StringBuilder out = new StringBuilder(plain.length() + 4);
        out.append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, end, plain.length()).toString();
    }
}
