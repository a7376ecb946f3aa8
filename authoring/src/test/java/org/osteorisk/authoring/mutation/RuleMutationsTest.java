package org.osteorisk.authoring.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TinyRuleSet;
import org.osteorisk.engine.RuleSet;

/** The mutation tool on a rule set of one rule, whose weak cases let some mistakes through. */
class RuleMutationsTest {

    @TempDir
    Path dir;

    private MutationReport run(String cases) {
        return RuleMutations.run(RuleSet.load(TinyRuleSet.write(dir.resolve("tiny"), cases)), 2);
    }

    private static MutantOutcome outcome(MutationReport report, String description) {
        return report.outcomes().stream().filter(o -> o.mutation().description().equals(description)).findFirst()
                .orElseThrow(() -> new AssertionError("no mutant '" + description + "' in "
                        + report.outcomes().stream().map(o -> o.mutation().description()).toList()));
    }

    @Test
    void aMistakeNoCaseNoticesSurvivesAndIsReportedInTheAuthorsWords() {
        MutationReport report = run(TinyRuleSet.WEAK_CASES);
        String tiny = dir.resolve("tiny").toString();

        MutantOutcome boundary = outcome(report, "rule \"Calcium below the RDA\" tested total <= rda instead of total < rda");
        assertEquals(MutantOutcome.Status.SURVIVED, boundary.status());
        assertEquals(tiny + "/calcium.drl:" + TinyRuleSet.CONDITION_LINE, boundary.mutation().location(tiny));

        MutantOutcome negated = outcome(report, "rule \"Calcium below the RDA\" tested total >= rda instead of total < rda");
        assertEquals(MutantOutcome.Status.KILLED, negated.status());
        // Both cases notice it; which one is tried first depends on the threads.
        assertTrue(Set.of("low (" + tiny + "/scenarios/cases.csv:2)", "high (" + tiny + "/scenarios/cases.csv:3)")
                .contains(negated.detail()), negated.detail());

        MutantOutcome rda = outcome(report, "the calcium RDA for women aged 51-70 were 1,201 mg/day instead of 1,200");
        assertEquals(MutantOutcome.Status.SURVIVED, rda.status());
        assertEquals(tiny + "/reference/intakes.csv:8", rda.mutation().location(tiny));
        assertEquals(MutantOutcome.Status.KILLED,
                outcome(report, "the calcium RDA for women aged 51-70 were 1,320 mg/day instead of 1,200").status());

        StringWriter text = new StringWriter();
        MutationReportText.write(report, 90, new PrintWriter(text));
        assertTrue(text.toString().contains("Your cases would not notice if\n"
                + "  - rule \"Calcium below the RDA\" tested total <= rda instead of total < rda (" + tiny
                + "/calcium.drl:11)\n"), text.toString());
        assertTrue(text.toString().contains("  - the calcium RDA for women aged 51-70 were 1,201 mg/day instead of 1,200 ("
                + tiny + "/reference/intakes.csv:8)\n"), text.toString());
        assertTrue(text.toString().contains("  - rule \"Calcium below the RDA\" (CALCIUM_BELOW_RDA) were critical instead "
                + "of warning (" + tiny + "/calcium.drl:6)\n"), text.toString());
        assertTrue(text.toString().contains("  - the explanation of rule \"Calcium below the RDA\" (CALCIUM_BELOW_RDA) "
                + "quoted {calcium.ul} instead of {calcium.rda} (" + tiny + "/calcium.drl:8)\n"), text.toString());
    }

    @Test
    void invalidMutantsAreListedApartAndNotCounted() {
        MutationReport report = run(TinyRuleSet.WEAK_CASES);
        // EAR 1,199 + 10 % exceeds the RDA of 1,200: intakes.csv refuses it.
        MutantOutcome invalid = outcome(report, "the calcium EAR for women aged 51-70 were 1,319 mg/day instead of 1,199");
        assertEquals(MutantOutcome.Status.INVALID, invalid.status());
        assertTrue(invalid.detail().endsWith("/reference/intakes.csv:8:6: ear: must not exceed the rda"), invalid.detail());
        long killed = report.count(MutantOutcome.Status.KILLED);
        long survived = report.count(MutantOutcome.Status.SURVIVED);
        assertEquals(killed + survived, report.valid());
        assertEquals(report.outcomes().size(), killed + survived + report.count(MutantOutcome.Status.INVALID));
        assertEquals(100.0 * killed / (killed + survived), report.score(), 1e-9);
        StringWriter text = new StringWriter();
        MutationReportText.write(report, 0, new PrintWriter(text));
        assertTrue(text.toString().contains("Mutants that did not load (not counted in the score):\n  - the calcium EAR "
                + "for women aged 51-70 were 1,319 mg/day instead of 1,199 ("), text.toString());
    }

    @Test
    void casesOnTheBoundaryKillTheBoundaryMutants() {
        MutationReport report = run(TinyRuleSet.WEAK_CASES
                + "just_below,CALCIUM_BELOW_RDA,,60,female,1199\n"
                + "at_rda,,CALCIUM_BELOW_RDA,60,female,1200\n");
        assertEquals(MutantOutcome.Status.KILLED,
                outcome(report, "rule \"Calcium below the RDA\" tested total <= rda instead of total < rda").status());
        assertEquals(MutantOutcome.Status.KILLED,
                outcome(report, "the calcium RDA for women aged 51-70 were 1,201 mg/day instead of 1,200").status());
        assertEquals(MutantOutcome.Status.KILLED,
                outcome(report, "the calcium RDA for women aged 51-70 were 1,199 mg/day instead of 1,200").status());
    }

    @Test
    void noMutantRunsWhileTheCasesFailOnTheRulesAsTheyAre() {
        MutationReport report = run("id,expect,age,sex,calcium_mg\nwrong,CALCIUM_BELOW_RDA,60,female,1500\n");
        assertEquals(List.of(), report.outcomes());
        assertEquals(1, report.failingCases().size());
        assertFalse(report.meets(0));
    }

    @Test
    void withoutCasesNothingCanBeNoticedAndTheReportSaysSo() {
        MutationReport report = RuleMutations.run(RuleSet.load(TinyRuleSet.write(dir.resolve("tiny"), "id,expect\n")), 1);
        assertEquals(List.of(), report.outcomes());
        assertFalse(report.meets(0));
        StringWriter text = new StringWriter();
        MutationReportText.write(report, 0, new PrintWriter(text));
        assertTrue(text.toString().contains("No example cases, so no mutant can be noticed"), text.toString());
    }

    @Test
    void nudgesAreOneStepAndTenPercentEitherWay() {
        assertEquals("[1201, 1199, 1320, 1080]", ReferenceValueMutator.nudges("1200").toString());
        assertEquals("[2.5, 2.3, 2.64, 2.16]", ReferenceValueMutator.nudges("2.4").toString());
        assertEquals("[-0.9, -1.1]", ReferenceValueMutator.nudges("-1.0").toString());
        assertEquals("[2, 0]", ReferenceValueMutator.nudges("1").toString());
        assertEquals("[46, 44, 50, 40]", ReferenceValueMutator.nudges("45").toString());
        assertEquals("[]", ReferenceValueMutator.nudges("n/a").toString());
    }
}
