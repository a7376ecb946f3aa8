package org.osteorisk.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osteorisk.model.Diet;
import org.osteorisk.model.Labs;
import org.osteorisk.model.Nutrient;
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

    private static final Pattern LAB_WITH_UNIT = Pattern.compile("([+-]?[0-9]*\\.?[0-9]+)\\s*([A-Za-z/]+)?");

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
        s.put("weight_kg", (p, t) -> p.weightKg(Values.positive("weight_kg", t)));
        s.put("height_cm", (p, t) -> p.heightCm(Values.positive("height_cm", t)));
        s.put("pregnant", (p, t) -> p.pregnant(Values.yesNo("pregnant", t)));
        s.put("lactating", (p, t) -> p.lactating(Values.yesNo("lactating", t)));
        s.put("menopausal", (p, t) -> p.postmenopausal(Values.yesNo("menopausal", t)));
        s.put("diet", (p, t) -> p.diet(parse("diet", () -> Diet.parse(t))));
        for (Nutrient nutrient : Nutrient.values()) {
            String column = nutrient.intakeColumn();
            s.put(column, (p, t) -> p.intake(nutrient, Values.notNegative(column, t)));
        }
        s.put("soda_per_day", (p, t) -> p.sodaPerDay(Values.notNegative("soda_per_day", t)));
        s.put("exercise_min_per_week", (p, t) -> p.exerciseMinPerWeek(Values.notNegative("exercise_min_per_week", t)));
        s.put("high_impact_exercise", (p, t) -> p.highImpactExercise(Values.yesNo("high_impact_exercise", t)));
        s.put("smoker", (p, t) -> p.smoker(Values.yesNo("smoker", t)));
        s.put("supplements", (p, t) -> SupplementEntries.parseList("supplements", t).forEach(p::supplement));
        s.put("conditions", (p, t) -> terms(t).forEach(p::condition));
        s.put("medications", (p, t) -> terms(t).forEach(p::medication));
        s.put("glucocorticoid_mg_day", (p, t) -> p.glucocorticoidMgPerDay(Values.notNegative("glucocorticoid_mg_day", t)));
        s.put("glucocorticoid_months", (p, t) -> p.glucocorticoidMonths(Values.notNegative("glucocorticoid_months", t)));
        s.put("serum_25ohd_ng_ml", (p, t) -> p.serum25ohdNgMl(lab("serum_25ohd_ng_ml", t, "ng/ml", "nmol/l",
                Labs.NMOL_PER_NG_25OHD)));
        s.put("serum_b12_pg_ml", (p, t) -> p.serumB12PgMl(lab("serum_b12_pg_ml", t, "pg/ml", "pmol/l",
                Labs.PMOL_PER_PG_B12)));
        s.put("homocysteine_umol_l", (p, t) -> p.homocysteineUmolL(Values.notNegative("homocysteine_umol_l", t)));
        s.put("tscore", (p, t) -> p.tScore(Values.inRange("tscore", t, -10, 10)));
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
        setter.set(profile, text);
    }

    private static <T> T parse(String field, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new FieldException(field, e.getMessage());
        }
    }

    private static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        for (String term : text.split(";")) {
            if (!term.isBlank()) {
                terms.add(term.trim());
            }
        }
        return terms;
    }

    /** A lab value in the field's own unit, or with the alternative unit as a suffix ({@code 50nmol/L}). */
    private static double lab(String field, String text, String unit, String altUnit, double altPerUnit) {
        Matcher m = LAB_WITH_UNIT.matcher(text.trim());
        if (!m.matches()) {
            throw new FieldException(field, "expected a number, optionally followed by " + unit + " or " + altUnit);
        }
        double value = Values.notNegative(field, m.group(1));
        String suffix = m.group(2) == null ? unit : m.group(2).toLowerCase(Locale.ROOT);
        if (suffix.equals(unit)) {
            return value;
        }
        if (suffix.equals(altUnit)) {
            return value / altPerUnit;
        }
        throw new FieldException(field, "unknown unit; expected " + unit + " or " + altUnit);
    }
}
