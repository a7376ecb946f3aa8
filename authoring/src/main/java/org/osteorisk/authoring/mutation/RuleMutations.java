package org.osteorisk.authoring.mutation;

import java.util.ArrayList;
import java.util.List;

import org.osteorisk.authoring.Scenario;
import org.osteorisk.authoring.ScenarioOutcome;
import org.osteorisk.authoring.Scenarios;
import org.osteorisk.engine.Assessor;
import org.osteorisk.engine.RuleSet;
import org.osteorisk.engine.RuleSetVariants;

/**
 * Mutation testing of a rule set: makes small, plausible mistakes in a copy of its rules and data, one at a time,
 * and runs its example cases against each. A mistake no case notices (a surviving mutant) is a gap in the cases:
 * the report names it in the author's words, with its file and line.
 *
 * <p>The mistakes: comparisons in rule conditions turned around ({@link ComparisonMutator}), reference values and
 * thresholds nudged ({@link ReferenceValueMutator}), age-band edges moved ({@link AgeBandMutator}), severities
 * changed ({@link SeverityMutator}), and explanations quoting another number of the same kind
 * ({@link ExplanationVariableMutator}).
 */
public final class RuleMutations {

    private static final List<Mutator> MUTATORS = List.of(new ComparisonMutator(), new ReferenceValueMutator(),
            new AgeBandMutator(), new SeverityMutator(), new ExplanationVariableMutator());

    private RuleMutations() {
    }

    /** Every mutation of the rule set, in a fixed order. */
    public static List<Mutation> of(RuleSet rules) {
        return mutations(RuleSetText.read(rules));
    }

    private static List<Mutation> mutations(RuleSetText text) {
        List<Mutation> mutations = new ArrayList<>();
        MUTATORS.forEach(m -> mutations.addAll(m.mutations(text)));
        return mutations;
    }

    /**
     * Runs every mutant against the rule set's example cases.
     *
     * @param threads mutants run side by side
     */
    public static MutationReport run(RuleSet rules, int threads) {
        long started = System.nanoTime();
        List<Scenario> cases = Scenarios.of(rules);
        RuleSetVariants variants = new RuleSetVariants(rules.root(), rules.displayRoot());
        List<String> failing = new ArrayList<>();
        Assessor unmutated = Assessor.create(variants.original());
        for (Scenario scenario : cases) {
            ScenarioOutcome outcome = Scenarios.run(unmutated, scenario);
            if (!outcome.passed()) {
                failing.add(scenario.name() + " (" + scenario.file() + ":" + scenario.line() + ")");
            }
        }
        List<MutantOutcome> outcomes = List.of();
        if (failing.isEmpty() && !cases.isEmpty()) {
            RuleSetText text = RuleSetText.read(rules);
            outcomes = new MutantRunner(variants, rules.root(), text, cases, threads).run(mutations(text));
        }
        return new MutationReport(rules.info(), rules.displayRoot(), cases.size(), failing, outcomes,
                (System.nanoTime() - started) / 1_000_000, threads);
    }
}
