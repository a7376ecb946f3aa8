package org.osteorisk.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    public Profile {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id: required");
        }
        if (age != null && (age < 0 || age > MAX_AGE)) {
            throw new IllegalArgumentException("age: must be a whole number from 0 to " + MAX_AGE);
        }
        PlausibleRanges.WEIGHT_KG.require(weightKg);
        PlausibleRanges.HEIGHT_CM.require(heightCm);
        PlausibleRanges.SODA_PER_DAY.require(sodaPerDay);
        PlausibleRanges.EXERCISE_MIN_PER_WEEK.require(exerciseMinPerWeek);
        PlausibleRanges.GLUCOCORTICOID_MG_DAY.require(glucocorticoidMgPerDay);
        PlausibleRanges.GLUCOCORTICOID_MONTHS.require(glucocorticoidMonths);
        EnumMap<Nutrient, Double> intake = new EnumMap<>(Nutrient.class);
        if (dietaryIntake != null) {
            dietaryIntake.forEach((nutrient, amount) -> {
                if (amount != null) {
                    PlausibleRanges.dietaryIntake(nutrient).require(amount);
                    intake.put(nutrient, amount);
                }
            });
        }
        dietaryIntake = Collections.unmodifiableMap(intake);
        supplements = supplements == null ? List.of() : List.copyOf(supplements);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        medications = medications == null ? List.of() : List.copyOf(medications);
        labs = labs == null ? Labs.NONE : labs;
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
        b.labs = labs;
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
        private Labs labs = Labs.NONE;

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
        public Builder labs(Labs value) { this.labs = Objects.requireNonNullElse(value, Labs.NONE); return this; }

        /** Serum 25(OH)D in ng/mL; null when not measured. */
        public Builder serum25ohdNgMl(Double value) {
            labs = new Labs(value, labs.serumB12PgMl(), labs.homocysteineUmolL(), labs.tScore());
            return this;
        }

        /** Serum vitamin B12 in pg/mL; null when not measured. */
        public Builder serumB12PgMl(Double value) {
            labs = new Labs(labs.serum25ohdNgMl(), value, labs.homocysteineUmolL(), labs.tScore());
            return this;
        }

        /** Plasma homocysteine in umol/L; null when not measured. */
        public Builder homocysteineUmolL(Double value) {
            labs = new Labs(labs.serum25ohdNgMl(), labs.serumB12PgMl(), value, labs.tScore());
            return this;
        }

        /** The lowest bone mineral density T-score; null when not measured. */
        public Builder tScore(Double value) {
            labs = new Labs(labs.serum25ohdNgMl(), labs.serumB12PgMl(), labs.homocysteineUmolL(), value);
            return this;
        }

        /** Sets the daily intake of a nutrient from food, in the nutrient's unit; null means unknown. */
        public Builder intake(Nutrient nutrient, Double amount) {
            if (amount == null) {
                dietaryIntake.remove(nutrient);
            } else {
                dietaryIntake.put(nutrient, amount);
            }
            return this;
        }

        public Builder supplement(Supplement value) { supplements.add(Objects.requireNonNull(value)); return this; }
        public Builder condition(String value) { conditions.add(Objects.requireNonNull(value)); return this; }
        public Builder medication(String value) { medications.add(Objects.requireNonNull(value)); return this; }

        /** @throws IllegalArgumentException naming the field when a value is out of range */
        public Profile build() {
            return new Profile(id, age, sex, weightKg, heightCm, pregnant, lactating, postmenopausal, diet,
                    dietaryIntake, sodaPerDay, exerciseMinPerWeek, highImpactExercise, smoker,
                    supplements, conditions, medications, glucocorticoidMgPerDay, glucocorticoidMonths, labs);
        }
    }
}
