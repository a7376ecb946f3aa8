package org.osteorisk.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.osteorisk.io.ProfileJson;

/**
 * One person's intake profile: the input of an assessment. Immutable.
 *
 * <p>Every optional value may be null, meaning <em>unknown</em>, never zero: a rule never treats a missing
 * value as low. The lists are never null; empty means none reported. Build one with {@link #builder(String)}.
 * Every number must lie in its {@link PlausibleRanges plausible range}.
 *
 * @param id              identifies the profile; the only thing logs and error messages name
 * @param dietaryIntake   daily intake from food, per nutrient, in the nutrient's unit; a nutrient that is absent is
 *                        unknown and is not assessed
 * @param postmenopausal  the CSV column {@code menopausal}
 * @param conditions      diagnoses as written (synonyms are resolved by the rule set's reference data)
 * @param medications     generic drug names as written
 * @param glucocorticoidMgPerDay the daily glucocorticoid dose as prednisone equivalent, mg; null when unknown
 * @param glucocorticoidMonths   how long a glucocorticoid has been taken, months; null when unknown
 */
@JsonSerialize(using = ProfileJson.Serializer.class)
@JsonDeserialize(using = ProfileJson.Deserializer.class)
public record Profile(
        String id,
        Integer age,
        Sex sex,
        Double weightKg,
        Double heightCm,
        Boolean pregnant,
        Boolean lactating,
        Boolean postmenopausal,
        Diet diet,
        Map<Nutrient, Double> dietaryIntake,
        Double sodaPerDay,
        Double exerciseMinPerWeek,
        Boolean highImpactExercise,
        Boolean smoker,
        List<Supplement> supplements,
        List<String> conditions,
        List<String> medications,
        Double glucocorticoidMgPerDay,
        Double glucocorticoidMonths,
        Labs labs) {

    public static final int MAX_AGE = 130;

    /** @throws ProfileValidationException with every problem: a value out of range, contradictory values */
    public Profile {
        EnumMap<Nutrient, Double> intake = new EnumMap<>(Nutrient.class);
        if (dietaryIntake != null) {
            dietaryIntake.forEach((nutrient, amount) -> {
                if (amount != null) {
                    intake.put(Objects.requireNonNull(nutrient, "nutrient"), amount);
                }
            });
        }
        List<ProfileValidationException.Problem> problems = problems(id, age, sex, weightKg, heightCm, pregnant,
                lactating, intake, sodaPerDay, exerciseMinPerWeek, glucocorticoidMgPerDay, glucocorticoidMonths);
        if (!problems.isEmpty()) {
            throw new ProfileValidationException(id, problems);
        }
        dietaryIntake = Collections.unmodifiableMap(intake);
        supplements = supplements == null ? List.of() : List.copyOf(supplements);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        medications = medications == null ? List.of() : List.copyOf(medications);
        labs = labs == null ? Labs.NONE : labs;
    }

    /** Every field whose value is missing, out of range or contradicts another, in the order of the fields. */
    private static List<ProfileValidationException.Problem> problems(
            String id, Integer age, Sex sex, Double weightKg, Double heightCm, Boolean pregnant, Boolean lactating,
            Map<Nutrient, Double> intake, Double sodaPerDay, Double exerciseMinPerWeek, Double glucocorticoidMgPerDay,
            Double glucocorticoidMonths) {
        List<ProfileValidationException.Problem> problems = new ArrayList<>();
        if (id == null || id.isBlank()) {
            problems.add(new ProfileValidationException.Problem("id", "required"));
        }
        if (age != null && (age < 0 || age > MAX_AGE)) {
            problems.add(new ProfileValidationException.Problem("age", "expected a whole number from 0 to "
                    + MAX_AGE));
        }
        PlausibleRanges.WEIGHT_KG.check(weightKg, problems);
        PlausibleRanges.HEIGHT_CM.check(heightCm, problems);
        // Pregnancy or lactation puts a profile out of scope: for a man it is a data error, never a reason.
        if (sex == Sex.MALE && Boolean.TRUE.equals(pregnant)) {
            problems.add(new ProfileValidationException.Problem("pregnant", "yes for a man: contradicts sex"));
        }
        if (sex == Sex.MALE && Boolean.TRUE.equals(lactating)) {
            problems.add(new ProfileValidationException.Problem("lactating", "yes for a man: contradicts sex"));
        }
        intake.forEach((nutrient, amount) -> PlausibleRanges.dietaryIntake(nutrient).check(amount, problems));
        PlausibleRanges.SODA_PER_DAY.check(sodaPerDay, problems);
        PlausibleRanges.EXERCISE_MIN_PER_WEEK.check(exerciseMinPerWeek, problems);
        PlausibleRanges.GLUCOCORTICOID_MG_DAY.check(glucocorticoidMgPerDay, problems);
        PlausibleRanges.GLUCOCORTICOID_MONTHS.check(glucocorticoidMonths, problems);
        return problems;
    }

    /** Names the profile by its id only: the rest is health data, which logs and messages never show. */
    @Override
    public String toString() {
        return "Profile[id=" + id + "]";
    }

    /** The daily dietary intake of a nutrient, or null when unknown. */
    public Double dietaryIntake(Nutrient nutrient) {
        return dietaryIntake.get(nutrient);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** A builder that starts from this profile's values. */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.age = age;
        b.sex = sex;
        b.weightKg = weightKg;
        b.heightCm = heightCm;
        b.pregnant = pregnant;
        b.lactating = lactating;
        b.postmenopausal = postmenopausal;
        b.diet = diet;
        b.dietaryIntake.putAll(dietaryIntake);
        b.sodaPerDay = sodaPerDay;
        b.exerciseMinPerWeek = exerciseMinPerWeek;
        b.highImpactExercise = highImpactExercise;
        b.smoker = smoker;
        b.supplements.addAll(supplements);
        b.conditions.addAll(conditions);
        b.medications.addAll(medications);
        b.glucocorticoidMgPerDay = glucocorticoidMgPerDay;
        b.glucocorticoidMonths = glucocorticoidMonths;
        b.labs(labs);
        return b;
    }

    /** Collects a profile's values; not thread-safe; {@link #build()} validates them. */
    public static final class Builder {
        private String id;
        private Integer age;
        private Sex sex;
        private Double weightKg;
        private Double heightCm;
        private Boolean pregnant;
        private Boolean lactating;
        private Boolean postmenopausal;
        private Diet diet;
        private final Map<Nutrient, Double> dietaryIntake = new EnumMap<>(Nutrient.class);
        private Double sodaPerDay;
        private Double exerciseMinPerWeek;
        private Boolean highImpactExercise;
        private Boolean smoker;
        private final List<Supplement> supplements = new ArrayList<>();
        private final List<String> conditions = new ArrayList<>();
        private final List<String> medications = new ArrayList<>();
        private Double glucocorticoidMgPerDay;
        private Double glucocorticoidMonths;
        private Double serum25ohdNgMl;
        private Double serumB12PgMl;
        private Double homocysteineUmolL;
        private Double tScore;

        private Builder(String id) {
            this.id = id;
        }

        public Builder id(String value) { this.id = value; return this; }
        public Builder age(Integer value) { this.age = value; return this; }
        public Builder sex(Sex value) { this.sex = value; return this; }
        public Builder weightKg(Double value) { this.weightKg = value; return this; }
        public Builder heightCm(Double value) { this.heightCm = value; return this; }
        public Builder pregnant(Boolean value) { this.pregnant = value; return this; }
        public Builder lactating(Boolean value) { this.lactating = value; return this; }
        public Builder postmenopausal(Boolean value) { this.postmenopausal = value; return this; }
        public Builder diet(Diet value) { this.diet = value; return this; }
        public Builder sodaPerDay(Double value) { this.sodaPerDay = value; return this; }
        public Builder exerciseMinPerWeek(Double value) { this.exerciseMinPerWeek = value; return this; }
        public Builder highImpactExercise(Boolean value) { this.highImpactExercise = value; return this; }
        public Builder smoker(Boolean value) { this.smoker = value; return this; }
        /** The daily glucocorticoid dose as prednisone equivalent, mg; null when unknown. */
        public Builder glucocorticoidMgPerDay(Double value) { this.glucocorticoidMgPerDay = value; return this; }
        /** How long a glucocorticoid has been taken, in months; null when unknown. */
        public Builder glucocorticoidMonths(Double value) { this.glucocorticoidMonths = value; return this; }
        /** Sets every lab value; null clears them. */
        public Builder labs(Labs value) {
            Labs labs = Objects.requireNonNullElse(value, Labs.NONE);
            serum25ohdNgMl = labs.serum25ohdNgMl();
            serumB12PgMl = labs.serumB12PgMl();
            homocysteineUmolL = labs.homocysteineUmolL();
            tScore = labs.tScore();
            return this;
        }

        /** Serum 25(OH)D in ng/mL; null when not measured. */
        public Builder serum25ohdNgMl(Double value) { this.serum25ohdNgMl = value; return this; }
        /** Serum vitamin B12 in pg/mL; null when not measured. */
        public Builder serumB12PgMl(Double value) { this.serumB12PgMl = value; return this; }
        /** Plasma homocysteine in umol/L; null when not measured. */
        public Builder homocysteineUmolL(Double value) { this.homocysteineUmolL = value; return this; }
        /** The lowest bone mineral density T-score; null when not measured. */
        public Builder tScore(Double value) { this.tScore = value; return this; }

        /** Sets the daily intake of a nutrient from food, in the nutrient's unit; null means unknown. */
        public Builder intake(Nutrient nutrient, Double amount) {
            Objects.requireNonNull(nutrient, "nutrient");
            if (amount == null) {
                dietaryIntake.remove(nutrient);
            } else {
                dietaryIntake.put(nutrient, amount);
            }
            return this;
        }

        public Builder supplement(Supplement value) {
            supplements.add(Objects.requireNonNull(value, "supplement: null; leave it out instead"));
            return this;
        }

        /** A diagnosis as written (name or code); synonyms are resolved by the rule set's vocabulary. */
        public Builder condition(String value) {
            conditions.add(Objects.requireNonNull(value, "condition: null; leave it out instead"));
            return this;
        }

        /** A medicine as written (generic or brand name, or code). */
        public Builder medication(String value) {
            medications.add(Objects.requireNonNull(value, "medication: null; leave it out instead"));
            return this;
        }

        /** @throws ProfileValidationException with every problem at once, each naming its field */
        public Profile build() {
            List<ProfileValidationException.Problem> problems = new ArrayList<>(problems(id, age, sex, weightKg,
                    heightCm, pregnant, lactating, dietaryIntake, sodaPerDay, exerciseMinPerWeek,
                    glucocorticoidMgPerDay, glucocorticoidMonths));
            problems.addAll(Labs.problems(serum25ohdNgMl, serumB12PgMl, homocysteineUmolL, tScore));
            if (!problems.isEmpty()) {
                throw new ProfileValidationException(id, problems);
            }
            return new Profile(id, age, sex, weightKg, heightCm, pregnant, lactating, postmenopausal, diet,
                    dietaryIntake, sodaPerDay, exerciseMinPerWeek, highImpactExercise, smoker,
                    supplements, conditions, medications, glucocorticoidMgPerDay, glucocorticoidMonths,
                    new Labs(serum25ohdNgMl, serumB12PgMl, homocysteineUmolL, tScore));
        }
    }
}
