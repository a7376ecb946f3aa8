package org.osteorisk.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osteorisk.model.BoneStatus;
import org.osteorisk.model.Condition;
import org.osteorisk.model.InputWarning;
import org.osteorisk.model.InputWarning.Code;
import org.osteorisk.model.Intake;
import org.osteorisk.model.Labs;
import org.osteorisk.model.Medication;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Person;
import org.osteorisk.model.Profile;
import org.osteorisk.model.Sex;
import org.osteorisk.model.Supplement;
import org.osteorisk.model.SupplementUse;
import org.osteorisk.reference.ReferenceData;
import org.osteorisk.reference.ReferenceIntake;
import org.osteorisk.reference.TermResolution;
import org.osteorisk.reference.Thresholds;

/**
 * Everything derived from one profile, computed once before the rules run: the facts inserted into the session
 * (a {@link Person}, an {@link Intake} per nutrient, a fact per supplement, condition and medication) and what
 * explanations quote (the reference band behind each threshold).
 */
public final class ProfileFacts {

    private static final double OST_FACTOR = 0.2;
    /** The condition, in the rule set's vocabulary, of a pregnancy written among the conditions. */
    private static final String PREGNANCY = "pregnancy";
    /** The threshold below which a measured vitamin D counts as low, for {@link #isLow(Nutrient)}. */
    private static final String SERUM_25OHD_ADEQUATE = "serum_25ohd_inadequate_below";

    private final Profile profile;
    private final ReferenceData reference;
    private final Person person;
    private final Map<Nutrient, Intake> intakes = new EnumMap<>(Nutrient.class);
    private final Map<Nutrient, ReferenceIntake> bands = new EnumMap<>(Nutrient.class);
    private final List<SupplementUse> supplements = new ArrayList<>();
    private final List<Condition> conditions = new ArrayList<>();
    private final List<Medication> medications = new ArrayList<>();
    private final List<String> notAssessed = new ArrayList<>();
    private final List<InputWarning> warnings = new ArrayList<>();

    public ProfileFacts(Profile profile, ReferenceData reference) {
        this.profile = profile;
        this.reference = reference;
        String id = profile.id();
        int index = 0;
        for (String term : profile.conditions()) {
            index++;
            TermResolution read = reference.conditions().resolve(term);
            conditions.add(new Condition(id, read.recognised() ? read.concept() : asWritten(term, read),
                    read.recognised()));
            if (!read.recognised()) {
                warnings.add(new InputWarning(Code.TERM_NOT_RECOGNISED, "conditions", index, read.valueKind(),
                        "condition " + index + " not recognised, so no rule uses it"));
            }
        }
        index = 0;
        for (String term : profile.medications()) {
            index++;
            TermResolution read = reference.medications().resolve(term);
            medications.add(new Medication(id, read.concept() != null ? read.concept() : asWritten(term, read),
                    read.drugClass()));
            if (!read.recognised()) {
                warnings.add(new InputWarning(Code.TERM_NOT_RECOGNISED, "medications", index, read.valueKind(),
                        "medication " + index + " not recognised, so no rule uses it"));
            }
        }
        for (Supplement s : profile.supplements()) {
            supplements.add(new SupplementUse(id, s.nutrient(), reference.supplementForms().canonical(s.nutrient(), s.form()),
                    s.dailyAmount(), s.frequency()));
        }
        this.person = derivePerson();
        if (profile.age() == null) {
            warnings.add(InputWarning.of(Code.AGE_UNKNOWN, "age",
                    "age unknown: adult reference values were used where they do not depend on age"));
        }
        for (Nutrient nutrient : Nutrient.values()) {
            intakes.put(nutrient, deriveIntake(nutrient));
        }
    }

    /** A term the vocabulary has no name for, as explanations quote it: a name in lower case, a code as written. */
    private static String asWritten(String term, TermResolution read) {
        return read.valueKind().equals("name") ? normalise(term) : term.trim();
    }

    private static String normalise(String name) {
        return name.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private Person derivePerson() {
        Labs labs = profile.labs();
        boolean menopausal = Boolean.TRUE.equals(profile.postmenopausal());
        if (menopausal && profile.sex() == Sex.MALE) {
            warnings.add(InputWarning.of(Code.MENOPAUSAL_MALE_IGNORED, "menopausal", "menopausal is yes for a man: ignored"));
        }
        // A pregnancy coded among the conditions (an EHR's problem list) puts the profile out of scope as the
        // pregnant column does: adult advice must not reach a pregnant woman whichever field says so.
        boolean pregnant = Boolean.TRUE.equals(profile.pregnant());
        if (hasCondition(PREGNANCY)) {
            if (profile.sex() == Sex.MALE) {
                warnings.add(InputWarning.of(Code.PREGNANCY_MALE_IGNORED, "conditions",
                        "a pregnancy among the conditions of a man: ignored"));
            } else {
                pregnant = true;
            }
        }
        return new Person(profile.id(), profile.age(), profile.sex(), profile.weightKg(), profile.heightCm(),
                pregnant, Boolean.TRUE.equals(profile.lactating()),
                menopausal && profile.sex() != Sex.MALE, profile.diet(), profile.sodaPerDay(),
                profile.exerciseMinPerWeek(), Boolean.TRUE.equals(profile.highImpactExercise()),
                Boolean.TRUE.equals(profile.smoker()), labs.serum25ohdNgMl(), labs.serumB12PgMl(),
                labs.homocysteineUmolL(), labs.tScore(), boneStatus(labs.tScore()), ostIndex(),
                profile.glucocorticoidMgPerDay(), profile.glucocorticoidMonths());
    }

    private BoneStatus boneStatus(Double tScore) {
        Thresholds t = reference.thresholds();
        if (hasCondition("osteoporosis") || (tScore != null && tScore <= t.value("tscore_osteoporosis_max"))) {
            return BoneStatus.OSTEOPOROSIS;
        }
        if (hasCondition("osteopenia") || (tScore != null && tScore < t.value("tscore_osteopenia_below"))) {
            return BoneStatus.OSTEOPENIA;
        }
        return tScore != null ? BoneStatus.NORMAL : BoneStatus.UNKNOWN;
    }

    private boolean hasCondition(String name) {
        for (Condition c : conditions) {
            if (c.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** OST = 0.2 x (weight kg - age years), truncated toward zero (a Java int cast truncates toward zero). */
    private Integer ostIndex() {
        if (profile.weightKg() == null || profile.age() == null) {
            return null;
        }
        return (int) (OST_FACTOR * (profile.weightKg() - profile.age()));
    }

    private Intake deriveIntake(Nutrient nutrient) {
        double supplemental = 0;
        boolean supplemented = false;
        for (SupplementUse s : supplements) {
            if (s.nutrient() == nutrient) {
                supplemental += s.dailyAmount();
                supplemented = true;
            }
        }
        Double dietary = profile.dietaryIntake(nutrient);
        Optional<ReferenceIntake> band = reference.intakes().lookup(nutrient, profile.age(), profile.sex());
        band.ifPresent(b -> bands.put(nutrient, b));
        boolean rdaKnown = band.map(b -> b.rda() != null).orElse(false);
        if (dietary == null || !rdaKnown) {
            notAssessed.add(nutrient.key());
        }
        if (dietary != null && band.isPresent() && !rdaKnown) {
            warnings.add(InputWarning.of(Code.REFERENCE_NEEDS_AGE_AND_SEX, nutrient.intakeColumn(), nutrient.key()
                    + " not assessed against its RDA: the RDA depends on age and sex, which are not both known"));
        }
        Double total = dietary == null ? null : dietary + supplemental;
        return new Intake(profile.id(), nutrient, dietary, supplemental, total,
                band.map(ReferenceIntake::rda).orElse(null),
                band.map(ReferenceIntake::ear).orElse(null),
                band.map(ReferenceIntake::ul).orElse(null), supplemented);
    }

    /** Every fact to insert into the session for this profile. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>(1 + intakes.size() + supplements.size() + conditions.size() + medications.size());
        facts.add(person);
        facts.addAll(intakes.values());
        facts.addAll(supplements);
        facts.addAll(conditions);
        facts.addAll(medications);
        return facts;
    }

    public Profile profile() {
        return profile;
    }

    public ReferenceData reference() {
        return reference;
    }

    public Person person() {
        return person;
    }

    public Intake intake(Nutrient nutrient) {
        return intakes.get(nutrient);
    }

    /** The reference band behind a nutrient's thresholds, if one applies. */
    public Optional<ReferenceIntake> band(Nutrient nutrient) {
        return Optional.ofNullable(bands.get(nutrient));
    }

    public List<SupplementUse> supplements() {
        return supplements;
    }

    public List<Condition> conditions() {
        return conditions;
    }

    public List<Medication> medications() {
        return medications;
    }

    /**
     * Whether a nutrient is low for this person: total intake below the RDA (or AI), or for vitamin D a serum 25(OH)D
     * below the rule set's adequacy cut-off ({@code serum_25ohd_inadequate_below}). Unknown is not low.
     */
    public boolean isLow(Nutrient nutrient) {
        Intake intake = intakes.get(nutrient);
        if (intake.total() != null && intake.rda() != null && intake.total() < intake.rda()) {
            return true;
        }
        Thresholds thresholds = reference.thresholds();
        return nutrient == Nutrient.VITAMIN_D && person.serum25ohd() != null
                && thresholds.contains(SERUM_25OHD_ADEQUATE) && person.serum25ohd() < thresholds.value(SERUM_25OHD_ADEQUATE);
    }

    public List<String> notAssessed() {
        return notAssessed;
    }

    public List<InputWarning> warnings() {
        return warnings;
    }
}
