package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class QuantitiesTest {

    @Test
    void formatsLikeExplanationsQuoteNumbers() {
        assertEquals("1,200", Quantities.format(1200));
        assertEquals("700", Quantities.format(700.0));
        assertEquals("2.4", Quantities.format(2.4));
        assertEquals("0.05", Quantities.format(0.05));
        assertEquals("274", Quantities.format(100000.0 / 365));
        assertEquals("15.5", Quantities.format(15.5));
        assertEquals("-4", Quantities.format(-4));
        assertEquals("-1.5", Quantities.format(-1.5));
        assertEquals("0", Quantities.format(-0.001));
        assertEquals("2.35", Quantities.format(2.345));
        assertEquals("1,000,000", Quantities.format(999_999.6));
        assertEquals("10", Quantities.format(9.999));
        assertEquals("unknown", Quantities.format((Number) null));
        assertEquals("NaN", Quantities.format(Double.NaN));
        assertEquals("Infinity", Quantities.format(Double.POSITIVE_INFINITY));
    }

    /** Agrees with the straightforward BigDecimal formatting on decimal inputs. */
    @Test
    void agreesWithBigDecimalRounding() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double value = random.nextInt(-2_000_000, 2_000_000) / Math.pow(10, random.nextInt(0, 5));
            assertEquals(reference(value), Quantities.format(value), "value " + value);
        }
    }

    private static String reference(double value) {
        double abs = Math.abs(value);
        int decimals = abs < 10 ? 2 : abs < 100 ? 1 : 0;
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        String plain = rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
        if (plain.equals("-0")) {
            return "0";
        }
        String sign = plain.startsWith("-") ? "-" : "";
        String digits = sign.isEmpty() ? plain : plain.substring(1);
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return sign + grouped + (dot < 0 ? "" : digits.substring(dot));
    }
}
