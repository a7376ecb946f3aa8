package org.osteorisk.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osteorisk.model.Advice;
import org.osteorisk.reference.AdviceTargets;
import org.osteorisk.reference.PrecautionTable;
import org.osteorisk.reference.PrecautionTable.Precaution;
import org.osteorisk.reference.ProblemList;
import org.osteorisk.reference.ReferenceData;

/**
 * Checks, when a rule set loads, that its precedence table covers every contradiction its rules could produce: a
 * finding whose advice holds a target back ({@code decrease calcium}, {@code keep_steady vitamin_k}) must be a
 * precaution that blocks every increase of that target other rules ask for. Without this, two findings on one plan
 * could contradict each other; with it, the plan's resolution step ({@link PlanResolver}) never has to guess.
 */
final class PlanChecks {

    private PlanChecks() {
    }

    /**
     * @param precautionsFile how problems name {@code reference/precautions.csv}
     */
    static void check(List<FindingDefinition> definitions, ReferenceData reference, String precautionsFile,
                      ProblemList problems) {
        PrecautionTable table = reference.precautions();
        Set<String> codes = new HashSet<>();
        definitions.stream().filter(d -> !d.exclusive()).forEach(d -> codes.add(d.code()));
        for (Precaution p : table.all()) {
            if (!codes.contains(p.code())) {
                problems.add(precautionsFile, p.line(), 1, "no rule emits " + p.code()
                        + ": a precaution is a finding code of the rule set");
            }
        }
        Set<String> reported = new HashSet<>();
        for (FindingDefinition restraining : definitions) {
            for (Advice restraint : restraining.possibleAdvice()) {
                if (restraint.action().restrains()) {
                    checkCovered(restraining, restraint, definitions, reference.adviceTargets(), table, reported,
                            problems);
                }
            }
        }
    }

    private static void checkCovered(FindingDefinition restraining, Advice restraint,
                                     List<FindingDefinition> definitions, AdviceTargets targets,
                                     PrecautionTable table, Set<String> reported, ProblemList problems) {
        Precaution precaution = table.of(restraining.code());
        for (FindingDefinition other : definitions) {
            if (other.code().equals(restraining.code())) {
                continue;
            }
            for (Advice increase : increases(other)) {
                boolean covered = precaution != null && precaution.blocks(increase);
                if (targets.contradicts(restraint, increase) && !covered
                        && reported.add(restraining.code() + "|" + increase)) {
                    problems.add(restraining.file(), restraining.line(), 1, "rule \"" + restraining.rule()
                            + "\": its advice '" + restraint + "' contradicts '" + increase + "' of " + other.code()
                            + " (" + other.file() + ":" + other.line() + "); list " + restraining.code()
                            + " in reference/precautions.csv with '" + increase + "' among what it blocks, so the"
                            + " plan knows which one wins");
                }
            }
        }
    }

    private static List<Advice> increases(FindingDefinition d) {
        return java.util.stream.Stream.concat(d.possibleAdvice().stream(), d.possibleCautiousAdvice().stream()).toList();
    }
}
