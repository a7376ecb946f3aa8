package org.osteorisk.engine;

/**
 * Formats numbers the way explanations quote them: "1,200", "2.4", "274", "-4". Explanations are formatted for
 * millions of findings in a batch, so this works on longs rather than BigDecimal or String.format.
 */
public final class Quantities {

    /** Nudges a product such as 2.345 x 100 = 234.4999... up to the tie it stands for, so ties round up. */
    private static final double TIE_NUDGE = 1e-12;
    private static final long[] SCALE = {1, 10, 100};

    private Quantities() {
    }

    /** Up to 2 decimals below 10, 1 below 100, none above, ties rounded up; grouping with commas; no trailing zeros. */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        double abs = Math.abs(value);
        int decimals = abs < 10 ? 2 : abs < 100 ? 1 : 0;
        long scaled = Math.round(abs * SCALE[decimals] * (1 + TIE_NUDGE));
        long whole = scaled / SCALE[decimals];
        long fraction = scaled % SCALE[decimals];
        StringBuilder out = new StringBuilder(16);
        if (value < 0 && scaled != 0) {
            out.append('-');
        }
        group(out, whole);
        if (fraction != 0) {
            out.append('.');
            if (decimals == 2 && fraction < 10) {
                out.append('0');
            }
            if (decimals == 2 && fraction % 10 == 0) {
                fraction /= 10;
            }
            out.append(fraction);
        }
        return out.toString();
    }

    /** Formats a nullable number; null reads "unknown". */
    public static String format(Number value) {
        return value == null ? "unknown" : format(value.doubleValue());
    }

    private static void group(StringBuilder out, long whole) {
        String digits = Long.toString(whole);
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
    }
}
