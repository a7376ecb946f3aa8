package org.osteorisk.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.osteorisk.model.Intake;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Person;
import org.osteorisk.model.Supplement;
import org.osteorisk.reference.ReferenceIntake;
import org.osteorisk.reference.Threshold;

/**
 * The variables an explanation may quote, each resolved against one profile's {@link ProfileFacts}.
 * docs/authoring.md lists them for rule authors; keep the two in step.
 */
final class TemplateVariables {

    static final String UNKNOWN = "unknown";

    private static final Map<String, Function<Person, Object>> PERSON = Map.ofEntries(
            Map.entry("id", Person::profileId),
            Map.entry("age", Person::age),
            Map.entry("sex", p -> p.sex() == null ? null : p.sex().key()),
            Map.entry("weight", Person::weightKg),
            Map.entry("height", Person::heightCm),
            Map.entry("diet", p -> p.diet() == null ? null : p.diet().key()),
            Map.entry("soda", Person::sodaPerDay),
            Map.entry("exercise", Person::exerciseMinPerWeek),
            Map.entry("bone_status", p -> p.boneStatus().label()),
            Map.entry("ost", Person::ostIndex),
            Map.entry("glucocorticoid_dose", Person::glucocorticoidMgPerDay),
            Map.entry("glucocorticoid_months", Person::glucocorticoidMonths));

    private static final Map<String, Function<Person, Object>> LAB = Map.of(
            "serum_25ohd", Person::serum25ohd,
            "serum_b12", Person::serumB12,
            "homocysteine", Person::homocysteine,
            "tscore", Person::tScore);

    /** The unit each lab value is quoted in by {@code {lab.<name>.reading}}. */
    private static final Map<String, String> LAB_UNITS = Map.of(
            "serum_25ohd", "ng/mL", "serum_b12", "pg/mL", "homocysteine", "umol/L", "tscore", "");

    /** The numeric fields of an {@link Intake} an explanation may quote as bare numbers. */
    private static final Map<String, Function<Intake, Object>> INTAKE_NUMBERS = Map.of(
            "total", Intake::total,
            "dietary", Intake::dietary,
            "supplemental", Intake::supplemental,
            "rda", Intake::rda,
            "ear", Intake::ear,
            "ul", Intake::ul);

    private TemplateVariables() {
    }

    /**
     * @throws IllegalArgumentException for a variable that does not exist, with the list of what does
     */
    static Function<ProfileFacts, String> resolver(String name, Predicate<String> thresholdExists) {
        String[] path = name.split("\\.", 2);
        String rest = path.length > 1 ? path[1] : "";
        switch (path[0]) {
            case "person":
                return rest.equals("bone_basis") ? TemplateVariables::boneBasis : fromMap(PERSON, rest, name);
            case "lab":
                return rest.endsWith(".reading") ? labReading(rest.substring(0, rest.length() - 8), name)
                        : fromMap(LAB, rest, name);
            case "threshold":
                return threshold(rest, name, thresholdExists);
            case "medications":
                return medications(rest);
            case "conditions":
                return conditions(rest);
            case "supplements":
                return supplements(rest, name);
            case "low":
                return low(rest, name);
            case "ratio":
                if (rest.equals("calcium_magnesium")) {
                    return TemplateVariables::calciumMagnesiumRatio;
                }
                if (rest.equals("calcium_magnesium_rda")) {
                    return TemplateVariables::calciumMagnesiumRdaRatio;
                }
                break;
            default:
                return intake(path[0], rest, name);
        }
        throw unknown(name);
    }

    private static Function<ProfileFacts, String> fromMap(Map<String, Function<Person, Object>> fields, String field,
                                                          String name) {
        Function<Person, Object> getter = fields.get(field);
        if (getter == null) {
            throw unknown(name);
        }
        return facts -> text(getter.apply(facts.person()));
    }

    /** "34 ng/mL", or "not measured": for explanations that quote a lab value the person may not have. */
    private static Function<ProfileFacts, String> labReading(String lab, String name) {
        Function<Person, Object> getter = LAB.get(lab);
        if (getter == null) {
            throw unknown(name);
        }
        String unit = LAB_UNITS.get(lab).isEmpty() ? "" : " " + LAB_UNITS.get(lab);
        return facts -> {
            Object value = getter.apply(facts.person());
            return value == null ? "not measured" : text(value) + unit;
        };
    }

    private static String boneBasis(ProfileFacts facts) {
        Person p = facts.person();
        String status = p.boneStatus().name().toLowerCase(Locale.ROOT);
        boolean diagnosed = facts.conditions().stream().anyMatch(c -> c.name().equals(status));
        if (diagnosed) {
            return "diagnosis";
        }
        return p.tScore() == null ? UNKNOWN : "T-score " + Quantities.format(p.tScore());
    }

    private static Function<ProfileFacts, String> threshold(String rest, String name, Predicate<String> exists) {
        String[] parts = rest.split("\\.", 2);
        String field = parts.length > 1 ? parts[1] : "value";
        java.util.function.BiFunction<Threshold, ProfileFacts, String> getter;
        switch (field) {
            case "value": getter = (t, facts) -> Quantities.format(t.value()); break;
            case "unit": getter = (t, facts) -> t.unit(); break;
            case "source": getter = (t, facts) -> facts.reference().sources().labels(t.source()); break;
            default: throw unknown(name);
        }
        String thresholdName = parts[0];
        if (!exists.test(thresholdName)) {
            throw new IllegalArgumentException("template variable {" + name + "}: no threshold named "
                    + thresholdName + " in reference/thresholds.csv");
        }
        return facts -> {
            Threshold t = facts.reference().thresholds().get(thresholdName);
            return t == null ? UNKNOWN : getter.apply(t, facts);
        };
    }

    private static Function<ProfileFacts, String> medications(String classes) {
        Set<String> wanted = Set.copyOf(Arrays.asList(classes.split(",")));
        return facts -> list(facts.medications().stream()
                .filter(m -> classes.isEmpty() || (m.drugClass() != null && wanted.contains(m.drugClass())))
                .map(m -> m.name()).distinct().collect(Collectors.toList()));
    }

    private static Function<ProfileFacts, String> conditions(String names) {
        Set<String> wanted = Set.copyOf(Arrays.asList(names.split(",")));
        return facts -> list(facts.conditions().stream()
                .filter(c -> c.recognised() && (names.isEmpty() || wanted.contains(c.name())))
                .map(c -> c.name().replace('_', ' ')).distinct().collect(Collectors.toList()));
    }

    private static Function<ProfileFacts, String> supplements(String nutrientKey, String name) {
        Nutrient nutrient = nutrient(nutrientKey, name);
        return facts -> list(facts.profile().supplements().stream()
                .filter(s -> s.nutrient() == nutrient)
                .map(TemplateVariables::describe).collect(Collectors.toList()));
    }

    /** The named nutrients that are low for the person, in words: "calcium and vitamin D"; "none" when none is. */
    private static Function<ProfileFacts, String> low(String nutrientKeys, String name) {
        List<Nutrient> nutrients = Arrays.stream(nutrientKeys.split(",")).map(k -> nutrient(k, name)).toList();
        return facts -> {
            List<String> low = nutrients.stream().filter(facts::isLow).map(Nutrient::label).toList();
            if (low.isEmpty()) {
                return "none";
            }
            return low.size() == 1 ? low.get(0)
                    : String.join(", ", low.subList(0, low.size() - 1)) + " and " + low.get(low.size() - 1);
        };
    }

    /** "carbonate 1,200 mg/day", "100,000 IU/year (274 IU/day)". */
    static String describe(Supplement s) {
        String dose = Quantities.format(s.amount()) + " " + s.unit().key() + "/" + s.frequency().key();
        String daily = s.frequency().days() == 1 ? "" :
                " (" + Quantities.format(s.dailyAmount()) + " " + s.nutrient().unit().key() + "/day)";
        return (s.form() == null ? "" : s.form() + " ") + dose + daily;
    }

    private static String calciumMagnesiumRatio(ProfileFacts facts) {
        Double calcium = facts.intake(Nutrient.CALCIUM).total();
        Double magnesium = facts.intake(Nutrient.MAGNESIUM).total();
        if (calcium == null || magnesium == null || magnesium == 0) {
            return UNKNOWN;
        }
        return Quantities.format(calcium / magnesium);
    }

    /** The ratio of the person's own calcium and magnesium RDAs, the balance the DRIs themselves imply. */
    private static String calciumMagnesiumRdaRatio(ProfileFacts facts) {
        Double calcium = facts.intake(Nutrient.CALCIUM).rda();
        Double magnesium = facts.intake(Nutrient.MAGNESIUM).rda();
        if (calcium == null || magnesium == null || magnesium == 0) {
            return UNKNOWN;
        }
        return Quantities.format(calcium / magnesium);
    }

    private static Function<ProfileFacts, String> intake(String nutrientKey, String field, String name) {
        Nutrient nutrient = nutrient(nutrientKey, name);
        switch (field) {
            case "unit": return facts -> nutrient.unit().key();
            case "label": return facts -> nutrient.label();
            case "group": return facts -> facts.band(nutrient).map(ReferenceIntake::group).orElse(UNKNOWN);
            case "source": return facts -> facts.band(nutrient)
                    .map(b -> facts.reference().sources().labels(b.source())).orElse(UNKNOWN);
            case "intake": return facts -> perDay(facts.intake(nutrient).total(), nutrient);
            case "food": return facts -> perDay(facts.intake(nutrient).dietary(), nutrient);
            default: break;
        }
        Function<Intake, Object> getter = INTAKE_NUMBERS.get(field);
        if (getter == null) {
            throw unknown(name);
        }
        return facts -> text(getter.apply(facts.intake(nutrient)));
    }

    /** "700 mg/day", or "not known" when the dietary intake was not given. */
    private static String perDay(Double amount, Nutrient nutrient) {
        return amount == null ? "not known" : Quantities.format(amount) + " " + nutrient.unit().key() + "/day";
    }

    private static Nutrient nutrient(String key, String name) {
        try {
            return Nutrient.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw unknown(name);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return UNKNOWN;
        }
        return value instanceof Number ? Quantities.format(((Number) value).doubleValue()) : value.toString();
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("unknown template variable {" + name + "}; use person.*, lab.*[.reading], "
                + "<nutrient>.total|dietary|supplemental|intake|food|rda|ear|ul|unit|group|source|label, threshold.<name>[.unit|.source], "
                + "medications.<class>[,<class>], conditions.<name>[,<name>], supplements.<nutrient>, low.<nutrient>[,<nutrient>], "
                + "ratio.calcium_magnesium, ratio.calcium_magnesium_rda (see docs/authoring.md)");
    }
}
