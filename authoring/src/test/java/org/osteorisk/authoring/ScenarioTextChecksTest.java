package org.osteorisk.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;
import org.osteorisk.authoring.Scenario.ExpectedText;
import org.osteorisk.engine.RuleSet;
import org.osteorisk.model.RuleSetProblem;

/** The expect_explanation and expect_recommendation columns of example cases. */
class ScenarioTextChecksTest {

    @TempDir
    Path dir;

    private List<Scenario> cases(String csv) throws IOException {
        Path file = dir.resolve("cases.csv");
        Files.writeString(file, csv);
        return Scenarios.read(file, "cases.csv");
    }

    private static ScenarioOutcome run(Scenario scenario) {
        return Scenarios.run(TestRules.assessor(), scenario);
    }

    @Test
    void anExplanationThatQuotesTheExpectedNumberPasses() throws IOException {
        List<Scenario> cases = cases("id,expect_explanation,expect_recommendation,age,sex,vitamin_d_iu,tscore\n"
                + "d,VITAMIN_D_BELOW_800_BONE_DISEASE: below the 800 IU/day; VITAMIN_D_BELOW_RDA: below the 600 IU/day,"
                + "VITAMIN_D_BELOW_800_BONE_DISEASE: at least 800 IU/day,50,female,500,-2.0\n");
        Scenario d = cases.get(0);
        assertNull(d.error());
        assertEquals(List.of(new ExpectedText("VITAMIN_D_BELOW_800_BONE_DISEASE", "below the 800 IU/day"),
                new ExpectedText("VITAMIN_D_BELOW_RDA", "below the 600 IU/day")), d.expectExplanation());
        ScenarioOutcome outcome = run(d);
        assertTrue(outcome.passed(), outcome.mismatches().toString());
    }

    @Test
    void anExplanationThatQuotesAnotherNumberFailsAndShowsWhatItSaid() throws IOException {
        ScenarioOutcome outcome = run(cases("id,expect_explanation,age,sex,vitamin_d_iu,tscore\n"
                + "d,VITAMIN_D_BELOW_800_BONE_DISEASE: below the 600 IU/day,50,female,700,-2.0\n").get(0));
        assertFalse(outcome.passed());
        assertEquals(1, outcome.mismatches().size(), outcome.mismatches().toString());
        assertTrue(outcome.mismatches().get(0).startsWith("VITAMIN_D_BELOW_800_BONE_DISEASE explanation does not say "
                + "'below the 600 IU/day': Vitamin D 700 IU/day is below the 800 IU/day advised"),
                outcome.mismatches().get(0));
    }

    @Test
    void aRecommendationIsCheckedLikeAnExplanation() throws IOException {
        ScenarioOutcome outcome = run(cases("id,expect_recommendation,age,sex,exercise_min_per_week\n"
                + "s,SEDENTARY: at least 180 minutes,30,male,100\n").get(0));
        assertEquals(List.of("SEDENTARY recommendation does not say 'at least 180 minutes': Build up to at least 150 "
                + "minutes a week of walking, stair climbing or other weight-bearing activity, with muscle "
                + "strengthening twice a week."), outcome.mismatches());
    }

    @Test
    void aFindingThatIsNotInThePlanFailsItsTextCheck() throws IOException {
        ScenarioOutcome outcome = run(cases("id,expect_explanation,age,sex,calcium_mg\n"
                + "c,\"CALCIUM_BELOW_RDA: 1,200\",60,female,1200\n").get(0));
        assertEquals(List.of("no CALCIUM_BELOW_RDA in the plan whose explanation could say '1,200'"),
                outcome.mismatches());
    }

    @Test
    void aScopeNoticesReasonCountsAsItsExplanation() throws IOException {
        ScenarioOutcome outcome = run(cases("id,expect_explanation,age,sex\n"
                + "teen,OUT_OF_SCOPE_AGE: they start at 19,17,female\n").get(0));
        assertTrue(outcome.passed(), outcome.mismatches().toString());
    }

    @Test
    void aTextMayContainAColonButAnEntryWithoutCodeOrTextIsABadCase() throws IOException {
        List<Scenario> cases = cases("id,expect_explanation,age\n"
                + "colon,OST_HIGH_RISK: is -6: below,80\n"
                + "nocode,below the RDA,40\n"
                + "notext,CALCIUM_BELOW_RDA:  ,40\n");
        assertEquals(List.of(new ExpectedText("OST_HIGH_RISK", "is -6: below")), cases.get(0).expectExplanation());
        assertEquals("expect_explanation: 'below the RDA' is not CODE: text (the text a finding must contain)",
                cases.get(1).error());
        assertEquals("expect_explanation: 'CALCIUM_BELOW_RDA:' is not CODE: text (the text a finding must contain)",
                cases.get(2).error());
    }

    @Test
    void validateNamesACodeNoRuleEmitsInATextCheck() throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        Files.writeString(rules.resolve("scenarios/extra.csv"),
                "id,expect_explanation,age\nx,\"CALCIUM_BELOW_RAD: 1,200\",40\n");
        List<RuleSetProblem> problems = Scenarios.problems(RuleSet.load(rules));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).toString().endsWith("scenarios/extra.csv:2:0: case x: no rule emits CALCIUM_BELOW_RAD"),
                problems.get(0).toString());
    }
}
