package org.osteorisk.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.osteorisk.engine.Variable.Style;
import org.osteorisk.model.BoneStatus;
import org.osteorisk.model.Intake;
import org.osteorisk.model.MessageValue;
import org.osteorisk.model.MessageValue.Amount;
import org.osteorisk.model.MessageValue.Group;
import org.osteorisk.model.MessageValue.Term;
import org.osteorisk.model.MessageValue.Terms;
import org.osteorisk.model.MessageValue.Text;
import org.osteorisk.model.MessageValue.Texts;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Person;
import org.osteorisk.model.Supplement;
import org.osteorisk.reference.ReferenceIntake;
import org.osteorisk.reference.Threshold;

/**
 * The variables an explanation may quote, each computed as a typed {@link MessageValue} from one profile's
 * {@link ProfileFacts}. docs/authoring.md lists them for rule authors; keep the two in step.
 */
final class TemplateVariables {

    /** A person's field: how to read it, and its unit. */
    private record PersonField(Function<Person, Object> getter, String unit, Style style) {
    }

    private static final Map<String, PersonField> PERSON = Map.ofEntries(
            Map.entry("id", new PersonField(Person::profileId, "", Style.TEXT)),
            Map.entry("age", new PersonField(Person::age, "years", Style.NUMBER)),
            Map.entry("sex", new PersonField(p -> p.sex() == null ? null : p.sex().key(), "", Style.TERM)),
            Map.entry("weight", new PersonField(Person::weightKg, "kg", Style.NUMBER)),
            Map.entry("height", new PersonField(Person::heightCm, "cm", Style.NUMBER)),
            Map.entry("diet", new PersonField(p -> p.diet() == null ? null : p.diet().key(), "", Style.TERM)),
            Map.entry("soda", new PersonField(Person::sodaPerDay, "drinks/day", Style.NUMBER)),
            Map.entry("exercise", new PersonField(Person::exerciseMinPerWeek, "min/week", Style.NUMBER)),
            Map.entry("bone_status", new PersonField(TemplateVariables::boneStatus, "", Style.TERM)),
            Map.entry("ost", new PersonField(Person::ostIndex, "", Style.NUMBER)),
            Map.entry("glucocorticoid_dose", new PersonField(Person::glucocorticoidMgPerDay, "mg/day", Style.NUMBER)),
            Map.entry("glucocorticoid_months", new PersonField(Person::glucocorticoidMonths, "months", Style.NUMBER)));

    private record LabField(Function<Person, Double> getter, String unit) {
    }

    private static final Map<String, LabField> LAB = Map.of(
            "serum_25ohd", new LabField(Person::serum25ohd, "ng/mL"),
            "serum_b12", new LabField(Person::serumB12, "pg/mL"),
            "homocysteine", new LabField(Person::homocysteine, "umol/L"),
            "tscore", new LabField(Person::tScore, ""));

    /** The numeric fields of an {@link Intake} an explanation may quote as bare numbers. */
    private static final Map<String, Function<Intake, Double>> INTAKE_NUMBERS = Map.of(
            "total", Intake::total,
            "dietary", Intake::dietary,
            "supplemental", Intake::supplemental,
            "rda", Intake::rda,
            "ear", Intake::ear,
            "ul", Intake::ul);

    private TemplateVariables() {
    }

    /**
     * @param thresholdExists tells whether the rule set defines a threshold, so {threshold.x} can be checked
     * @throws IllegalArgumentException for a variable that does not exist, with the list of what does
     */
    static Variable resolve(String name, Predicate<String> thresholdExists) {
        String[] path = name.split("\\.", 2);
        String rest = path.length > 1 ? path[1] : "";
        switch (path[0]) {
            case "person":
                return rest.equals("bone_basis") ? new Variable(name, Style.BONE_BASIS, TemplateVariables::boneBasis)
                        : person(rest, name);
            case "lab":
                return rest.endsWith(".reading") ? lab(rest.substring(0, rest.length() - 8), name, Style.READING)
                        : lab(rest, name, Style.NUMBER);
            case "threshold":
                return threshold(rest, name, thresholdExists);
            case "medications":
                return new Variable(name, Style.LIST, medications(rest));
            case "conditions":
                return new Variable(name, Style.LIST, conditions(rest));
            case "supplements":
                return new Variable(name, Style.LIST, supplements(rest, name));
            case "low":
                return new Variable(name, Style.LIST_AND, low(rest, name));
            case "ratio":
                if (rest.equals("calcium_magnesium")) {
                    return new Variable(name, Style.NUMBER, facts -> ratio(facts, Intake::total));
                }
                if (rest.equals("calcium_magnesium_rda")) {
                    return new Variable(name, Style.NUMBER, facts -> ratio(facts, Intake::rda));
                }
                break;
            default:
                return intake(path[0], rest, name);
        }
        throw unknown(name);
    }

    private static Variable person(String field, String name) {
        PersonField f = PERSON.get(field);
        if (f == null) {
            throw unknown(name);
        }
        return new Variable(name, f.style(), facts -> {
            Object value = f.getter().apply(facts.person());
            if (value == null) {
                return null;
            }
            return value instanceof Number n ? new Amount(n.doubleValue(), f.unit()) : new Term(value.toString());
        });
    }

    /** Bone status as a term; null while unknown. */
    private static Object boneStatus(Person p) {
        BoneStatus status = p.boneStatus();
        return status == null || status == BoneStatus.UNKNOWN ? null : status.label().replace(' ', '_');
    }

    private static Variable lab(String lab, String name, Style style) {
        LabField field = LAB.get(lab);
        if (field == null) {
            throw unknown(name);
        }
        return new Variable(name, style, facts -> amount(field.getter().apply(facts.person()), field.unit()));
    }

    /** The diagnosis, or the T-score, that the bone status rests on. */
    private static MessageValue boneBasis(ProfileFacts facts) {
        Person p = facts.person();
        String status = p.boneStatus().name().toLowerCase(Locale.ROOT);
        boolean diagnosed = facts.conditions().stream().anyMatch(c -> c.name().equals(status));
        if (diagnosed) {
            return new Term("diagnosis");
        }
        return amount(p.tScore(), "");
    }

    private static Variable threshold(String rest, String name, Predicate<String> exists) {
        String[] parts = rest.split("\\.", 2);
        String field = parts.length > 1 ? parts[1] : "value";
        String thresholdName = parts[0];
        if (!exists.test(thresholdName)) {
            throw new IllegalArgumentException("template variable {" + name + "}: no threshold named "
                    + thresholdName + " in reference/thresholds.csv");
        }
        Function<ProfileFacts, Threshold> threshold = facts -> facts.reference().thresholds().get(thresholdName);
        switch (field) {
            case "value":
                return new Variable(name, Style.NUMBER, facts -> {
                    Threshold t = threshold.apply(facts);
                    return t == null ? null : new Amount(t.value(), t.unit());
                });
            case "unit":
                return new Variable(name, Style.TEXT, facts -> {
                    Threshold t = threshold.apply(facts);
                    return t == null ? null : new Text(t.unit());
                });
            case "source":
                return new Variable(name, Style.TEXT, facts -> {
                    Threshold t = threshold.apply(facts);
                    return t == null ? null : new Text(facts.reference().sources().labels(t.source()));
                });
            default:
                throw unknown(name);
        }
    }

    private static Function<ProfileFacts, MessageValue> medications(String classes) {
        Set<String> wanted = Set.copyOf(Arrays.asList(classes.split(",")));
        return facts -> new Texts(facts.medications().stream()
                .filter(m -> classes.isEmpty() || (m.drugClass() != null && wanted.contains(m.drugClass())))
                .map(m -> m.name()).distinct().toList());
    }

    private static Function<ProfileFacts, MessageValue> conditions(String names) {
        Set<String> wanted = Set.copyOf(Arrays.asList(names.split(",")));
        return facts -> new Terms(facts.conditions().stream()
                .filter(c -> c.recognised() && (names.isEmpty() || wanted.contains(c.name())))
                .map(c -> c.name()).distinct().toList());
    }

    private static Function<ProfileFacts, MessageValue> supplements(String nutrientKey, String name) {
        Nutrient nutrient = nutrient(nutrientKey, name);
        return facts -> new Texts(facts.profile().supplements().stream()
                .filter(s -> s.nutrient() == nutrient)
                .map(TemplateVariables::describe).toList());
    }

    /** The named nutrients that are low for the person; an empty list when none is. */
    private static Function<ProfileFacts, MessageValue> low(String nutrientKeys, String name) {
        List<Nutrient> nutrients = Arrays.stream(nutrientKeys.split(",")).map(k -> nutrient(k, name)).toList();
        return facts -> new Terms(nutrients.stream().filter(facts::isLow).map(Nutrient::key).toList());
    }

    /** "carbonate 1,200 mg/day", "100,000 IU/year (274 IU/day)". */
    static String describe(Supplement s) {
        String dose = Quantities.format(s.amount()) + " " + s.unit().key() + "/" + s.frequency().key();
        String daily = s.frequency().days() == 1 ? "" :
                " (" + Quantities.format(s.dailyAmount()) + " " + s.nutrient().unit().key() + "/day)";
        return (s.form() == null ? "" : s.form() + " ") + dose + daily;
    }

    /** Calcium over magnesium: of the totals, or of the person's own RDAs (the balance the DRIs imply). */
    private static MessageValue ratio(ProfileFacts facts, Function<Intake, Double> field) {
        Double calcium = field.apply(facts.intake(Nutrient.CALCIUM));
        Double magnesium = field.apply(facts.intake(Nutrient.MAGNESIUM));
        if (calcium == null || magnesium == null || magnesium == 0) {
            return null;
        }
        return new Amount(calcium / magnesium, "");
    }

    private static Variable intake(String nutrientKey, String field, String name) {
        Nutrient nutrient = nutrient(nutrientKey, name);
        String unit = nutrient.unit().key();
        String perDay = unit + "/day";
        switch (field) {
            case "unit": return new Variable(name, Style.TEXT, facts -> new Text(unit));
            case "label": return new Variable(name, Style.TERM, facts -> new Term(nutrient.key()));
            case "group": return new Variable(name, Style.GROUP, facts -> facts.band(nutrient)
                    .map(TemplateVariables::group).orElse(null));
            case "source": return new Variable(name, Style.TEXT, facts -> facts.band(nutrient)
                    .map(b -> (MessageValue) new Text(facts.reference().sources().labels(b.source()))).orElse(null));
            case "intake": return new Variable(name, Style.PER_DAY,
                    facts -> amount(facts.intake(nutrient).total(), perDay));
            case "food": return new Variable(name, Style.PER_DAY,
                    facts -> amount(facts.intake(nutrient).dietary(), perDay));
            default: break;
        }
        Function<Intake, Double> getter = INTAKE_NUMBERS.get(field);
        if (getter == null) {
            throw unknown(name);
        }
        return new Variable(name, Style.NUMBER, facts -> amount(getter.apply(facts.intake(nutrient)), perDay));
    }

    private static MessageValue group(ReferenceIntake band) {
        return new Group(band.sex(), band.ageFrom(), band.ageTo());
    }

    private static MessageValue amount(Double value, String unit) {
        return value == null ? null : new Amount(value, unit);
    }

    private static Nutrient nutrient(String key, String name) {
        try {
            return Nutrient.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw unknown(name);
        }
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("unknown template variable {" + name + "}; use person.*, lab.*[.reading], "
                + "<nutrient>.total|dietary|supplemental|intake|food|rda|ear|ul|unit|group|source|label, threshold.<name>[.unit|.source], "
                + "medications.<class>[,<class>], conditions.<name>[,<name>], supplements.<nutrient>, low.<nutrient>[,<nutrient>], "
                + "ratio.calcium_magnesium, ratio.calcium_magnesium_rda (see docs/authoring.md)");
    }
}
