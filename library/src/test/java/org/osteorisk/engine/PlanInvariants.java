package org.osteorisk.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osteorisk.model.Advice;
import org.osteorisk.model.AdviceAction;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Finding;
import org.osteorisk.model.Intake;
import org.osteorisk.model.Nutrient;
import org.osteorisk.reference.ReferenceData;

/**
 * What a person's plan must never say, checked against the person's own facts rather than against the findings or
 * the precedence table, so that a rule set with a gap (a precaution row removed, a rule's advice changed) is caught:
 * no contradiction between findings; a vitamin K antagonist means no increase of vitamin K; a high serum 25(OH)D or
 * vitamin D above the UL means no increase of vitamin D; calcium above the UL means no increase of calcium;
 * magnesium supplements above the UL mean no more magnesium supplements; chronic kidney disease means no calcium or
 * magnesium supplement increase without a review; high blood calcium means no increase of calcium or vitamin D;
 * kidney stones mean no calcium supplement increase; hyperparathyroidism means no calcium or vitamin D supplement
 * increase without a review; calcium at or above the RDA means no increase of calcium (a rule that fires because
 * calcium <em>or</em> vitamin D is low must not ask for the one that is not); out of scope means no finding.
 */
final class PlanInvariants {

    /** Which invariants a profile's facts made relevant, so a test can show the cohort exercised each. */
    enum Condition {
        ANTAGONIST, VITAMIN_D_HIGH, CALCIUM_ABOVE_UL, CALCIUM_MET, MAGNESIUM_SUPPLEMENT_ABOVE_UL, CKD, HYPERCALCAEMIA,
        KIDNEY_STONES, HYPERPARATHYROIDISM, OUT_OF_SCOPE
    }

    private final ReferenceData reference;
    private final List<String> violations = new ArrayList<>();
    private final int[] exercised = new int[Condition.values().length];

    PlanInvariants(ReferenceData reference) {
        this.reference = reference;
    }

    List<String> violations() {
        return violations;
    }

    int exercised(Condition condition) {
        return exercised[condition.ordinal()];
    }

    void check(ProfileFacts facts, AssessmentResult result) {
        String id = result.profileId();
        if (result.outOfScope()) {
            exercised[Condition.OUT_OF_SCOPE.ordinal()]++;
            if (!result.findings().isEmpty()) {
                violations.add(id + ": out of scope but has findings " + result.codes());
            }
            return;
        }
        PlanCoherence.contradictions(result, reference.adviceTargets()).forEach(c -> violations.add(id + ": " + c));
        if (facts.medications().stream().anyMatch(m -> "vitamin_k_antagonist".equals(m.drugClass()))) {
            noIncrease(Condition.ANTAGONIST, result, "vitamin_k", "vitamin_k_supplement");
        }
        Double serum = facts.person().serum25ohd();
        if ((serum != null && serum > reference.thresholds().value("serum_25ohd_high_above"))
                || above(facts.intake(Nutrient.VITAMIN_D).total(), facts.intake(Nutrient.VITAMIN_D).ul())) {
            noIncrease(Condition.VITAMIN_D_HIGH, result, "vitamin_d", "vitamin_d_supplement");
        }
        Intake calcium = facts.intake(Nutrient.CALCIUM);
        if (above(calcium.total(), calcium.ul())) {
            noIncrease(Condition.CALCIUM_ABOVE_UL, result, "calcium", "calcium_supplement");
        }
        if (calcium.total() != null && calcium.rda() != null && calcium.total() >= calcium.rda()) {
            noIncrease(Condition.CALCIUM_MET, result, "calcium", "calcium_supplement");
        }
        Intake magnesium = facts.intake(Nutrient.MAGNESIUM);
        if (above(magnesium.supplemental(), magnesium.ul())) {
            noIncrease(Condition.MAGNESIUM_SUPPLEMENT_ABOVE_UL, result, "magnesium_supplement");
        }
        if (hasCondition(facts, "ckd")) {
            noIncreaseWithoutReview(Condition.CKD, result, "calcium_supplement", "magnesium_supplement");
        }
        if (hasCondition(facts, "hypercalcaemia")) {
            noIncrease(Condition.HYPERCALCAEMIA, result, "calcium", "calcium_supplement", "vitamin_d",
                    "vitamin_d_supplement");
        }
        if (hasCondition(facts, "kidney_stones")) {
            noIncrease(Condition.KIDNEY_STONES, result, "calcium_supplement");
        }
        if (hasCondition(facts, "hyperparathyroidism")) {
            noIncreaseWithoutReview(Condition.HYPERPARATHYROIDISM, result, "calcium_supplement", "vitamin_d_supplement");
        }
    }

    private static boolean above(Double amount, Double limit) {
        return amount != null && limit != null && amount > limit;
    }

    private static boolean hasCondition(ProfileFacts facts, String name) {
        return facts.conditions().stream().anyMatch(c -> c.name().equals(name));
    }

    private void noIncrease(Condition condition, AssessmentResult result, String... targets) {
        exercised[condition.ordinal()]++;
        Set<String> forbidden = Set.of(targets);
        for (Finding f : result.findings()) {
            for (Advice a : f.advice()) {
                if (a.action() == AdviceAction.INCREASE && forbidden.contains(a.target())) {
                    violations.add(result.profileId() + ": " + condition + " but " + f.code() + " asks '" + a + "'");
                }
            }
        }
    }

    private void noIncreaseWithoutReview(Condition condition, AssessmentResult result, String... targets) {
        exercised[condition.ordinal()]++;
        for (Finding f : result.findings()) {
            for (String target : targets) {
                boolean increase = f.advice().contains(new Advice(AdviceAction.INCREASE, target));
                boolean review = f.advice().contains(new Advice(AdviceAction.REVIEW, target));
                if (increase && !review) {
                    violations.add(result.profileId() + ": " + condition + " but " + f.code() + " asks 'increase "
                            + target + "' without a review");
                }
            }
        }
    }
}
