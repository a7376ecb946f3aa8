package org.osteorisk.authoring.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osteorisk.TestRules;
import org.osteorisk.engine.RuleSet;

/**
 * The bundled example cases notice at least 95 % of the mistakes {@code rules mutate} makes in the bundled rules: a
 * flipped comparison, a nudged reference value, a moved age band, a changed severity, an explanation quoting the
 * wrong number. About a minute and a half on two cores.
 */
class BundledRulesMutationTest {

    private static final double MIN_SCORE = 95.0;

    @Test
    void theBundledCasesKillAtLeast95PercentOfTheMutants() {
        MutationReport report = RuleMutations.run(RuleSet.load(TestRules.FOLDER), Runtime.getRuntime().availableProcessors());
        assertEquals(List.of(), report.failingCases(), "the cases pass on the rules as they are");
        // Every kind of mistake is made, so that a mutator that stopped finding anything cannot go unseen.
        Map<MutationKind, long[]> byKind = report.byKind();
        for (MutationKind kind : MutationKind.values()) {
            long[] counts = byKind.getOrDefault(kind, new long[3]);
            assertTrue(counts[0] + counts[1] + counts[2] >= 20, kind + ": " + (counts[0] + counts[1] + counts[2]));
        }
        String survivors = report.with(MutantOutcome.Status.SURVIVED).stream()
                .map(o -> o.mutation().description() + " (" + o.mutation().location(report.displayRoot()) + ")")
                .collect(Collectors.joining("\n  "));
        assertTrue(report.score() >= MIN_SCORE, "mutation score " + MutationReport.percent(report.score())
                + " %; your cases would not notice if\n  " + survivors);
    }
}
