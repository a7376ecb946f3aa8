package org.osteorisk.model;

import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One supplement a person takes: {@code calcium:carbonate 1200mg/day}.
 *
 * @param nutrient  what it supplies
 * @param form      the chemical form as written (carbonate, d3, k2, methylcobalamin, ...), lower case; null if not given
 * @param amount    the dose, in {@code unit}, at least zero; as a daily amount, within its
 *                  {@link PlausibleRanges#supplementDailyAmount plausible range}
 * @param unit      the dose's unit
 * @param frequency how often the dose is taken
 */
public record Supplement(Nutrient nutrient, @Nullable String form, double amount, DoseUnit unit, Frequency frequency) {

    /** The profile field supplements are given in. */
    private static final String FIELD = "supplements";

    /** @throws ProfileValidationException for a dose that is negative, in IU for another nutrient, or implausible */

    public Supplement {
        Objects.requireNonNull(nutrient, "nutrient");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(frequency, "frequency");
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new ProfileValidationException(FIELD, "amount must be a number of zero or more");
        }
        if (unit == DoseUnit.IU && nutrient != Nutrient.VITAMIN_D) {
            throw new ProfileValidationException(FIELD, "IU is used for vitamin D only");
        }
        form = form == null || form.isBlank() ? null : form.trim().toLowerCase(Locale.ROOT);
        PlausibleRanges.Range plausible = PlausibleRanges.supplementDailyAmount(nutrient);
        if (!plausible.contains(unit.convert(amount, nutrient.unit(), nutrient) / frequency.days())) {
            throw new ProfileValidationException(FIELD, "expected " + plausible.describe() + " of " + nutrient.label()
                    + ", counting a weekly, monthly or yearly dose per day");
        }
    }

    /** Names the nutrient and form, never the dose: it is health data. */
    @Override
    public String toString() {
        return "Supplement[" + nutrient.key() + (form == null ? "" : ":" + form) + "]";
    }

    /** A daily dose with no form given. */
    public static Supplement daily(Nutrient nutrient, double amount, DoseUnit unit) {
        return new Supplement(nutrient, null, amount, unit, Frequency.DAY);
    }

    /** The dose as a daily amount in the nutrient's own unit (weekly / 7, monthly / 30, yearly / 365). */
    public double dailyAmount() {
        return unit.convert(amount, nutrient.unit(), nutrient) / frequency.days();
    }
}
