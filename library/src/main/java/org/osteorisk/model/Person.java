package org.osteorisk.model;

import org.jspecify.annotations.Nullable;

/**
 * The person behind a profile, as the rules see them: one fact per profile.
 *
 * <p>Numbers are null when unknown; a comparison with null is false in a rule, so an unknown value never fires
 * a "too low" or "too high" rule. Yes/no facts are true only when the profile says yes.
 *
 * @param postmenopausal true only for a woman (or a person of unknown sex) reported postmenopausal
 * @param serum25ohd     serum 25(OH)D in ng/mL
 * @param serumB12       serum vitamin B12 in pg/mL
 * @param homocysteine   plasma homocysteine in umol/L
 * @param tScore         lowest BMD T-score
 * @param boneStatus     osteoporosis / osteopenia from a diagnosis or the T-score
 * @param ostIndex       Osteoporosis Self-assessment Tool index, 0.2 x (weight kg - age), truncated; null when weight
 *                       or age is unknown
 * @param glucocorticoidMgPerDay daily glucocorticoid dose, prednisone equivalent, mg; null when unknown
 * @param glucocorticoidMonths   months of glucocorticoid treatment; null when unknown
 */
public record Person(
        String profileId,
        @Nullable Integer age,
        @Nullable Sex sex,
        @Nullable Double weightKg,
        @Nullable Double heightCm,
        boolean pregnant,
        boolean lactating,
        boolean postmenopausal,
        @Nullable Diet diet,
        @Nullable Double sodaPerDay,
        @Nullable Double exerciseMinPerWeek,
        boolean highImpactExercise,
        boolean smoker,
        @Nullable Double serum25ohd,
        @Nullable Double serumB12,
        @Nullable Double homocysteine,
        @Nullable Double tScore,
        BoneStatus boneStatus,
        @Nullable Integer ostIndex,
        @Nullable Double glucocorticoidMgPerDay,
        @Nullable Double glucocorticoidMonths) implements ProfileFact {

    public boolean female() {
        return sex == Sex.FEMALE;
    }

    public boolean male() {
        return sex == Sex.MALE;
    }

    /** Osteoporosis or osteopenia, by diagnosis or T-score. */
    public boolean lowBoneDensity() {
        return boneStatus == BoneStatus.OSTEOPOROSIS || boneStatus == BoneStatus.OSTEOPENIA;
    }

    public boolean osteoporosis() {
        return boneStatus == BoneStatus.OSTEOPOROSIS;
    }

    /** Names the profile only: a fact holds health data. */
    @Override
    public String toString() {
        return "Person[profileId=" + profileId + "]";
    }
}
