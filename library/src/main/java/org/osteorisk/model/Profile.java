package org.osteorisk.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.jspecify.annotations.Nullable;
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
        @Nullable Integer age,
        @Nullable Sex sex,
        @Nullable Double weightKg,
        @Nullable Double heightCm,
        @Nullable Boolean pregnant,
        @Nullable Boolean lactating,
        @Nullable Boolean postmenopausal,
        @Nullable Diet diet,
        Map<Nutrient, Double> dietaryIntake,
        @Nullable Double sodaPerDay,
        @Nullable Double exerciseMinPerWeek,
        @Nullable Boolean highImpactExercise,
        @Nullable Boolean smoker,
        List<Supplement> supplements,
        List<String> conditions,
        List<String> medications,
        @Nullable Double glucocorticoidMgPerDay,
        @Nullable Double glucocorticoidMonths,
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
            @Nullable String id, @Nullable Integer age, @Nullable Sex sex, @Nullable Double weightKg,
            @Nullable Double heightCm, @Nullable Boolean pregnant, @Nullable Boolean lactating, Map<Nutrient, Double> intake,
            @Nullable Double sodaPerDay, @Nullable Double exerciseMinPerWeek, @Nullable Double glucocorticoidMgPerDay,
            @Nullable Double glucocorticoidMonths) {
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
    public @Nullable Double dietaryIntake(Nutrient nutrient) {
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
        private @Nullable Integer age;
        private @Nullable Sex sex;
        private @Nullable Double weightKg;
        private @Nullable Double heightCm;
        private @Nullable Boolean pregnant;
        private @Nullable Boolean lactating;
        private @Nullable Boolean postmenopausal;
        private @Nullable Diet diet;
        private final Map<Nutrient, Double> dietaryIntake = new EnumMap<>(Nutrient.class);
        private @Nullable Double sodaPerDay;
        private @Nullable Double exerciseMinPerWeek;
        private @Nullable Boolean highImpactExercise;
        private @Nullable Boolean smoker;
        private final List<Supplement> supplements = new ArrayList<>();
        private final List<String> conditions = new ArrayList<>();
        private final List<String> medications = new ArrayList<>();
        private @Nullable Double glucocorticoidMgPerDay;
        private @Nullable Double glucocorticoidMonths;
        private @Nullable Double serum25ohdNgMl;
        private @Nullable Double serumB12PgMl;
        private @Nullable Double homocysteineUmolL;
        private @Nullable Double tScore;

        private Builder(String id) {
            this.id = id;
        }

        public Builder id(String value) { this.id = value; return this; }
        public Builder age(@Nullable Integer value) { this.age = value; return this; }
        public Builder sex(@Nullable Sex value) { this.sex = value; return this; }
        public Builder weightKg(@Nullable Double value) { this.weightKg = value; return this; }
        public Builder heightCm(@Nullable Double value) { this.heightCm = value; return this; }
        public Builder pregnant(@Nullable Boolean value) { this.pregnant = value; return this; }
        public Builder lactating(@Nullable Boolean value) { this.lactating = value; return this; }
        public Builder postmenopausal(@Nullable Boolean value) { this.postmenopausal = value; return this; }
        public Builder diet(@Nullable Diet value) { this.diet = value; return this; }
        public Builder sodaPerDay(@Nullable Double value) { this.sodaPerDay = value; return this; }
        public Builder exerciseMinPerWeek(@Nullable Double value) { this.exerciseMinPerWeek = value; return this; }
        public Builder highImpactExercise(@Nullable Boolean value) { this.highImpactExercise = value; return this; }
        public Builder smoker(@Nullable Boolean value) { this.smoker = value; return this; }
        /** The daily glucocorticoid dose as prednisone equivalent, mg; null when unknown. */
        public Builder glucocorticoidMgPerDay(@Nullable Double value) { this.glucocorticoidMgPerDay = value; return this; }
        /** How long a glucocorticoid has been taken, in months; null when unknown. */
        public Builder glucocorticoidMonths(@Nullable Double value) { this.glucocorticoidMonths = value; return this; }
        /** Sets every lab value; null clears them. */
        public Builder labs(@Nullable Labs value) {
            Labs labs = Objects.requireNonNullElse(value, Labs.NONE);
            serum25ohdNgMl = labs.serum25ohdNgMl();
            serumB12PgMl = labs.serumB12PgMl();
            homocysteineUmolL = labs.homocysteineUmolL();
            tScore = labs.tScore();
            return this;
        }

        /** Serum 25(OH)D in ng/mL; null when not measured. */
        public Builder serum25ohdNgMl(@Nullable Double value) { this.serum25ohdNgMl = value; return this; }
        /** Serum vitamin B12 in pg/mL; null when not measured. */
        public Builder serumB12PgMl(@Nullable Double value) { this.serumB12PgMl = value; return this; }
        /** Plasma homocysteine in umol/L; null when not measured. */
        public Builder homocysteineUmolL(@Nullable Double value) { this.homocysteineUmolL = value; return this; }
        /** The lowest bone mineral density T-score; null when not measured. */
        public Builder tScore(@Nullable Double value) { this.tScore = value; return this; }

        /** Sets the daily intake of a nutrient from food, in the nutrient's unit; null means unknown. */
        public Builder intake(Nutrient nutrient, @Nullable Double amount) {
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
