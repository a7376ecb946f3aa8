package org.osteorisk.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osteorisk.model.Diet;
import org.osteorisk.model.Labs;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.PlausibleRanges;
import org.osteorisk.model.Profile;
import org.osteorisk.model.Sex;

/**
 * The fields of the profile format (docs: profile-csv.md) and how each is read into a {@link Profile.Builder}.
 * Shared by the CSV and JSON readers, so both accept and reject exactly the same values.
 */
public final class ProfileFields {

    /** A field's reader: sets the builder from the cell's text, which is never blank. */
    public interface Setter {
        void set(Profile.Builder profile, String text);
    }

    private static final Map<String, Setter> SETTERS = setters();

    /** The fields holding {@code ;}-separated lists, where blank means none reported rather than unknown. */
    public static final Set<String> LIST_FIELDS = Set.of("supplements", "conditions", "medications");

    private ProfileFields() {
    }

    private static Map<String, Setter> setters() {
        Map<String, Setter> s = new LinkedHashMap<>();
        s.put("id", (p, t) -> p.id(t.trim()));
        s.put("age", (p, t) -> p.age(Values.wholeNumber("age", t, 0, Profile.MAX_AGE)));
        s.put("sex", (p, t) -> p.sex(parse("sex", () -> Sex.parse(t))));
        s.put("weight_kg", (p, t) -> p.weightKg(Values.inRange("weight_kg", t, PlausibleRanges.WEIGHT_KG)));
        s.put("height_cm", (p, t) -> p.heightCm(Values.inRange("height_cm", t, PlausibleRanges.HEIGHT_CM)));
        s.put("pregnant", (p, t) -> p.pregnant(Values.yesNo("pregnant", t)));
        s.put("lactating", (p, t) -> p.lactating(Values.yesNo("lactating", t)));
        s.put("menopausal", (p, t) -> p.postmenopausal(Values.yesNo("menopausal", t)));
        s.put("diet", (p, t) -> p.diet(parse("diet", () -> Diet.parse(t))));
        for (Nutrient nutrient : Nutrient.values()) {
            String column = nutrient.intakeColumn();
            s.put(column, (p, t) -> p.intake(nutrient, Values.inRange(column, t,
                    PlausibleRanges.dietaryIntake(nutrient))));
        }
        s.put("soda_per_day", (p, t) -> p.sodaPerDay(Values.inRange("soda_per_day", t,
                PlausibleRanges.SODA_PER_DAY)));
        s.put("exercise_min_per_week", (p, t) -> p.exerciseMinPerWeek(Values.inRange("exercise_min_per_week", t,
                PlausibleRanges.EXERCISE_MIN_PER_WEEK)));
        s.put("high_impact_exercise", (p, t) -> p.highImpactExercise(Values.yesNo("high_impact_exercise", t)));
        s.put("smoker", (p, t) -> p.smoker(Values.yesNo("smoker", t)));
        s.put("supplements", (p, t) -> SupplementEntries.parseList("supplements", t).forEach(p::supplement));
        s.put("conditions", (p, t) -> terms("conditions", t).forEach(p::condition));
        s.put("medications", (p, t) -> terms("medications", t).forEach(p::medication));
        s.put("glucocorticoid_mg_day", (p, t) -> p.glucocorticoidMgPerDay(Values.inRange("glucocorticoid_mg_day", t,
                PlausibleRanges.GLUCOCORTICOID_MG_DAY)));
        s.put("glucocorticoid_months", (p, t) -> p.glucocorticoidMonths(Values.inRange("glucocorticoid_months", t,
                PlausibleRanges.GLUCOCORTICOID_MONTHS)));
        s.put("serum_25ohd_ng_ml", (p, t) -> p.serum25ohdNgMl(lab("serum_25ohd_ng_ml", t, "ng/ml", "nmol/l",
                Labs.NMOL_PER_NG_25OHD, PlausibleRanges.SERUM_25OHD_NG_ML)));
        s.put("serum_b12_pg_ml", (p, t) -> p.serumB12PgMl(lab("serum_b12_pg_ml", t, "pg/ml", "pmol/l",
                Labs.PMOL_PER_PG_B12, PlausibleRanges.SERUM_B12_PG_ML)));
        s.put("homocysteine_umol_l", (p, t) -> p.homocysteineUmolL(Values.inRange("homocysteine_umol_l", t,
                PlausibleRanges.HOMOCYSTEINE_UMOL_L)));
        s.put("tscore", (p, t) -> p.tScore(Values.inRange("tscore", t, PlausibleRanges.T_SCORE)));
        return Collections.unmodifiableMap(s);
    }

    /** Every field the format knows, in the order of the format's table. */
    public static List<String> names() {
        return List.copyOf(SETTERS.keySet());
    }

    /** The reader of a field (lower case name), or null when the format has no such field. */
    public static Setter setter(String name) {
        return SETTERS.get(name);
    }

    /** Whether a header name (any case) is a field of the format. */
    public static boolean isKnown(String name) {
        return SETTERS.containsKey(name.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * Reads one cell into the builder. A blank cell is unknown (or, for a list, none) and leaves the builder as is.
     *
     * @param name a known field name, lower case
     * @throws FieldException when the text cannot be read, naming the field
     */
    public static void set(Profile.Builder profile, String name, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Setter setter = SETTERS.get(name);
        if (setter == null) {
            throw new IllegalArgumentException("not a profile field: " + name);
        }
        checkLength(name, text);
        setter.set(profile, text);
    }

    /**
     * Refuses a cell longer than {@link InputLimits#MAX_CELL_CHARS}, before any reading.
     *
     * @throws FieldException naming the field
     */
    public static void checkLength(String name, String text) {
        if (text.length() > InputLimits.MAX_CELL_CHARS) {
            throw new FieldException(name, "longer than " + InputLimits.count(InputLimits.MAX_CELL_CHARS)
                    + " characters");
        }
    }

    /**
     * Splits a list cell at {@code ;}, skipping blank entries.
     *
     * @throws FieldException when it has more than {@link InputLimits#MAX_LIST_ENTRIES} entries
     */
    static List<String> entries(String field, String text) {
        List<String> entries = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(';', start);
            if (end < 0) {
                end = text.length();
            }
            String entry = text.substring(start, end);
            if (!entry.isBlank()) {
                if (entries.size() == InputLimits.MAX_LIST_ENTRIES) {
                    throw new FieldException(field, "more than " + InputLimits.MAX_LIST_ENTRIES + " entries");
                }
                entries.add(entry);
            }
            start = end + 1;
        }
        return entries;
    }

    private static <T> T parse(String field, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new FieldException(field, e.getMessage());
        }
    }

    private static List<String> terms(String field, String text) {
        List<String> terms = entries(field, text);
        terms.replaceAll(String::trim);
        return terms;
    }

    /**
     * A lab value in the field's own unit, or with the alternative unit as a suffix ({@code 50nmol/L}), within its
     * plausible range once in the field's own unit.
     */
    private static double lab(String field, String text, String unit, String altUnit, double altPerUnit,
                              PlausibleRanges.Range range) {
        String t = text.trim();
        int numberEnd = 0;
        while (numberEnd < t.length() && "+-.0123456789".indexOf(t.charAt(numberEnd)) >= 0) {
            numberEnd++;
        }
        int unitStart = numberEnd;
        while (unitStart < t.length() && Values.isSpace(t.charAt(unitStart))) {
            unitStart++;
        }
        String number = t.substring(0, numberEnd);
        String suffix = t.substring(unitStart).toLowerCase(Locale.ROOT);
        if (!Values.isDecimal(number) || !suffix.chars().allMatch(c -> c == '/' || c >= 'a' && c <= 'z')) {
            throw new FieldException(field, "expected a number, optionally followed by " + unit + " or " + altUnit);
        }
        if (!suffix.isEmpty() && !suffix.equals(unit) && !suffix.equals(altUnit)) {
            throw new FieldException(field, "unknown unit; expected " + unit + " or " + altUnit);
        }
        double written = Values.number(field, number);
        double value = suffix.equals(altUnit) ? written / altPerUnit : written;
        if (!range.contains(value)) {
            throw new FieldException(field, "expected " + range.describe() + " (or the same in " + altUnit + ")");
        }
        return value;
    }
}
