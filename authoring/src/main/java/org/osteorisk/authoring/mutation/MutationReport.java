package org.osteorisk.authoring.mutation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.osteorisk.model.RuleSetInfo;

/**
 * The result of mutation testing a rule set: each mutant's outcome, and the score, the share of valid mutants that
 * some example case noticed. Mutants that did not load are reported apart and not counted.
 *
 * @param displayRoot  how the rule set's folder is named in locations
 * @param cases        the example cases run against each mutant
 * @param failingCases cases that fail on the rule set as it is, in which case no mutant was run
 * @param outcomes     each mutant's outcome, in the order the mutants were made
 * @param millis       how long the run took
 */
public record MutationReport(RuleSetInfo ruleSet, String displayRoot, int cases, List<String> failingCases,
                             List<MutantOutcome> outcomes, long millis, int threads) {

    public MutationReport {
        failingCases = List.copyOf(failingCases);
        outcomes = List.copyOf(outcomes);
    }

    public long count(MutantOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** Killed and survived mutants: those the score counts. */
    public long valid() {
        return count(MutantOutcome.Status.KILLED) + count(MutantOutcome.Status.SURVIVED);
    }

    /** The percentage of valid mutants killed; 0 when there are none (nothing was shown). */
    public double score() {
        return valid() == 0 ? 0 : 100.0 * count(MutantOutcome.Status.KILLED) / valid();
    }

    /**
     * True when there are cases, they pass on the rule set as it is, and the score is at least {@code minScore}.
     */
    public boolean meets(double minScore) {
        return cases > 0 && failingCases.isEmpty() && score() >= minScore;
    }

    public List<MutantOutcome> with(MutantOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).toList();
    }

    /** Per kind of mutation: killed, survived, invalid. */
    public Map<MutationKind, long[]> byKind() {
        Map<MutationKind, long[]> counts = new EnumMap<>(MutationKind.class);
        for (MutantOutcome o : outcomes) {
            counts.computeIfAbsent(o.mutation().kind(), k -> new long[3])[o.status().ordinal()]++;
        }
        return counts;
    }

    /** The score as the report shows it: rounded down to one decimal, so 94.96 never reads as 95.0. */
    public static String percent(double score) {
        return String.format(java.util.Locale.ROOT, "%.1f", Math.floor(score * 10) / 10);
    }
}
