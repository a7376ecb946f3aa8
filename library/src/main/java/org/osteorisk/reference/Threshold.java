package org.osteorisk.reference;

/**
 * One editable cut-off: a row of {@code reference/thresholds.csv}.
 *
 * @param name        how rules refer to it: {@code thresholds.value("soda_per_day_min")}
 * @param unit        the unit of {@code value}, for people reading it
 * @param description what the cut-off means
 */
public record Threshold(String name, double value, String unit, String description, String source) {
}
