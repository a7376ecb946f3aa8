package org.osteorisk.model;

import java.util.Locale;

/** How often a supplement dose is taken; a dose is turned into a daily amount by dividing by {@link #days()}. */
public enum Frequency {
    DAY(1), WEEK(7), MONTH(30), YEAR(365);

    private final int days;

    Frequency(int days) {
        this.days = days;
    }

    /** Days one dose covers: 1, 7, 30 or 365. */
    public int days() {
        return days;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads day, week, month or year (also daily, weekly, monthly, yearly). */
    public static Frequency parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "day": case "d": case "daily": return DAY;
            case "week": case "wk": case "weekly": return WEEK;
            case "month": case "mo": case "monthly": return MONTH;
            case "year": case "yr": case "yearly": case "annually": return YEAR;
            default: throw new IllegalArgumentException("expected a frequency: /day, /week, /month or /year");
        }
    }
}
