package org.osteorisk.engine;

import java.util.ArrayList;
import java.util.List;

import org.osteorisk.model.Advice;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Finding;
import org.osteorisk.reference.AdviceTargets;

/**
 * Finds contradictions left in a person's plan: one finding asking to increase what another (or the same one) holds
 * back. A rule set whose precedence table is complete never leaves one; example cases and tests check every result
 * with this, so a gap in the table shows up as a failing case rather than as opposite advice in front of a patient.
 */
public final class PlanCoherence {

    private PlanCoherence() {
    }

    /** Each contradiction in the plan, in words: "CALCIUM_BELOW_RDA asks 'increase calcium' while ...". */
    public static List<String> contradictions(AssessmentResult result, AdviceTargets targets) {
        List<String> found = new ArrayList<>();
        for (Finding restraining : result.findings()) {
            for (Advice restraint : restraining.advice()) {
                for (Finding increasing : result.findings()) {
                    for (Advice increase : increasing.advice()) {
                        if (targets.contradicts(restraint, increase)) {
                            found.add(increasing.code() + " asks '" + increase + "' while " + restraining.code()
                                    + " asks '" + restraint + "'");
                        }
                    }
                }
            }
        }
        return found;
    }
}
