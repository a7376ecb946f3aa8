package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Finding;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
import org.osteorisk.model.RuleSetProblem;
import org.osteorisk.model.Sex;
import org.osteorisk.model.Suppression;

/**
 * The rule set's plan machinery: advice, precautions and sources are validated when the rule set loads, with file,
 * line and a fix; and the resolution step rewords or withdraws as the precedence table says.
 */
class PlanRulesTest {

    @TempDir
    Path dir;

    private static final String HEADER = "package org.osteorisk.rules;\n\nimport org.osteorisk.model.*;\n\n"
            + "global org.osteorisk.engine.FindingCollector findings;\n"
            + "global org.osteorisk.reference.Thresholds thresholds;\n\n";

    /** A rule with the given extra metadata line, on line 9 of its file. */
    private static String rule(String code, String metadata) {
        return HEADER + "rule \"Test " + code + "\"\n"
                + "    @code(\"" + code + "\") @severity(\"warning\") @evidence(\"study\") @domain(\"test\")\n"
                + "    @sources(\"iom_2011_calcium_vitamin_d\") @title(\"Test\") @explanation(\"Test.\")\n"
                + "    @recommendation(\"Test.\") " + metadata + "\n"
                + "when\n    $p : Person( smoker )\nthen\n    findings.add(drools, $p);\nend\n";
    }

    private List<RuleSetProblem> problems(Path rules) {
        return assertThrows(RuleSetException.class, () -> RuleSet.load(rules)).problems();
    }

    private Path rulesWith(String file, String text) throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        Files.writeString(rules.resolve(file), text);
        return rules;
    }

    private static void assertProblem(List<RuleSetProblem> problems, String fileSuffix, int line, String text) {
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith(fileSuffix) && p.line() == line
                && p.message().contains(text)), "expected " + fileSuffix + ":" + line + " '" + text + "' in "
                + problems);
    }

    @Test
    void anUnknownAdviceTargetIsRefusedWithTheClosestKnownOne() throws IOException {
        Path rules = rulesWith("t.drl", rule("TEST_TARGET", "@advice(\"increase vitamin_dd\")"));
        assertProblem(problems(rules), "t.drl", 8, "@advice: unknown advice target 'vitamin_dd' in 'increase vitamin_dd'"
                + " (did you mean vitamin_d?)");
    }

    @Test
    void anActionTheTargetsKindDoesNotTakeIsRefused() throws IOException {
        Path rules = rulesWith("t.drl", rule("TEST_ACTION", "@advice(\"increase bone_density_scan; test calcium\")"));
        assertProblem(problems(rules), "t.drl", 8, "'increase bone_density_scan': a test target takes review, test");
    }

    @Test
    void anUnknownActionIsRefused() throws IOException {
        Path rules = rulesWith("t.drl", rule("TEST_VERB", "@advice(\"boost calcium\")"));
        assertProblem(problems(rules), "t.drl", 8, "unknown action 'boost'; expected one of increase, decrease");
    }

    @Test
    void aRestraintThatNoPrecautionResolvesIsRefusedWithTheRowToAdd() throws IOException {
        Path rules = rulesWith("t.drl", rule("TEST_LESS_CALCIUM", "@advice(\"decrease calcium\")"));
        List<RuleSetProblem> problems = problems(rules);
        assertProblem(problems, "t.drl", 8, "rule \"Test TEST_LESS_CALCIUM\": its advice 'decrease calcium' contradicts "
                + "'increase calcium' of ");
        assertProblem(problems, "t.drl", 8, "contradicts 'increase calcium_supplement' of ");
        assertProblem(problems, "t.drl", 8, "list TEST_LESS_CALCIUM in reference/precautions.csv with 'increase calcium'"
                + " among what it blocks");
    }

    @Test
    void aRestraintWithItsPrecautionRowLoadsAndWins() throws IOException {
        Path rules = rulesWith("t.drl", rule("TEST_LESS_CALCIUM", "@advice(\"decrease calcium\")"));
        Files.writeString(rules.resolve("reference/precautions.csv"),
                "TEST_LESS_CALCIUM,increase calcium; increase calcium_supplement,withdraw,a test says so\n",
                java.nio.file.StandardOpenOption.APPEND);
        Assessor assessor = Assessor.create(RuleSet.load(rules));
        AssessmentResult result = assessor.assess(Profile.builder("p").age(60).sex(Sex.FEMALE).smoker(true)
                .intake(Nutrient.CALCIUM, 700.0).build());
        assertTrue(result.has("TEST_LESS_CALCIUM"), result.codes().toString());
        assertFalse(result.has("CALCIUM_BELOW_RDA"), "withdrawn, although it has a cautious form: the row says so");
        assertTrue(result.suppressed().contains(new Suppression("CALCIUM_BELOW_RDA", Suppression.Resolution.WITHDRAWN,
                "TEST_LESS_CALCIUM", "a test says so")), result.suppressed().toString());
    }

    @Test
    void aPrecautionForACodeNoRuleEmitsIsRefusedAtItsRow() throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        TestRules.edit(rules.resolve("reference/precautions.csv"), "KIDNEY_STONES_CALCIUM_SUPPLEMENT,",
                "KIDNEY_STONE_CALCIUM_SUPPLEMENT,");
        List<RuleSetProblem> problems = problems(rules);
        assertProblem(problems, "reference/precautions.csv", 17, "no rule emits KIDNEY_STONE_CALCIUM_SUPPLEMENT");
    }

    @Test
    void aPrecautionThatBlocksAnUnknownTargetOrHasABadResolutionIsRefusedAtItsCell() throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        TestRules.edit(rules.resolve("reference/precautions.csv"), "CALCIUM_ABOVE_UL,increase calcium;",
                "CALCIUM_ABOVE_UL,increase calcium_supplements;");
        TestRules.edit(rules.resolve("reference/precautions.csv"), "vitamin_d_supplement,reword,total vitamin D",
                "vitamin_d_supplement,ignore,total vitamin D");
        List<RuleSetProblem> problems = problems(rules);
        assertProblem(problems, "reference/precautions.csv", 10, "blocks: unknown advice target 'calcium_supplements'");
        assertProblem(problems, "reference/precautions.csv", 11, "resolution: expected reword or withdraw");
    }

    @Test
    void anUnknownSourceKeyIsRefusedInARuleAndInAThreshold() throws IOException {
        Path rules = rulesWith("t.drl", rule("TEST_SOURCE", "@advice(\"none\")").replace("iom_2011_calcium_vitamin_d",
                "iom_2011_calcium_vitamin_e"));
        TestRules.edit(rules.resolve("reference/thresholds.csv"), ",tucker_2006_cola_bmd;", ",tucker_2006_cola;");
        List<RuleSetProblem> problems = problems(rules);
        assertProblem(problems, "t.drl", 8, "@sources: no source 'iom_2011_calcium_vitamin_e' in reference/sources.csv "
                + "(did you mean iom_2011_calcium_vitamin_d?)");
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("thresholds.csv")
                && p.message().startsWith("source: no source 'tucker_2006_cola'")), problems.toString());
    }

    @Test
    void aSourceWithoutLinkOrWithABadIdentifierIsRefused() throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        Files.writeString(rules.resolve("reference/sources.csv"),
                "no_link,Nobody 2020,Nobody,A study,A journal,2020,,,study\n"
                        + "bad_doi,Bad 2021,Bad,A study,A journal,2021,10.1000/x,https://example.org,study\n",
                java.nio.file.StandardOpenOption.APPEND);
        List<RuleSetProblem> problems = problems(rules);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("url: a reference needs a url or an identifier")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("identifier: expected doi:10.xxxx/")),
                problems.toString());
    }

    @Test
    void aCautiousFormMayNotHoldAnythingBackAndNeedsBothParts() throws IOException {
        Path restraint = rulesWith("t.drl", rule("TEST_CAUTIOUS", "@advice(\"increase calcium\") "
                + "@cautiousRecommendation(\"Less.\") @cautiousAdvice(\"limit calcium\")"));
        assertProblem(problems(restraint), "t.drl", 8, "@cautiousAdvice may not hold anything back");
        Path half = rulesWith("t.drl", rule("TEST_CAUTIOUS", "@advice(\"increase calcium\") "
                + "@cautiousRecommendation(\"Less.\")"));
        assertProblem(problems(half), "t.drl", 8, "@cautiousRecommendation and @cautiousAdvice go together");
        Path cautionOutside = rulesWith("t.drl", rule("TEST_CAUTIOUS", "@advice(\"none\")")
                .replace("@explanation(\"Test.\")", "@explanation(\"Test {caution}.\")"));
        assertProblem(problems(cautionOutside), "t.drl", 8, "@explanation: {caution} is only for @cautiousRecommendation");
    }

    @Test
    void aScopeNoticeHasNoSeverityOrAdvice() throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        TestRules.edit(rules.resolve("scope.drl"), "    @evidence(\"guideline\")\n    @domain(\"scope\")\n",
                "    @severity(\"critical\")\n    @evidence(\"guideline\")\n    @domain(\"scope\")\n");
        assertProblem(problems(rules), "scope.drl", 11, "@severity does not apply to a scope notice (@exclusive)");
    }

    @Test
    void aFindingBlockedByTwoPrecautionsIsListedOncePerPrecautionAndQuotesBothReasons() {
        AssessmentResult result = TestRules.assessor().assess(Profile.builder("two").age(60).sex(Sex.FEMALE)
                .intake(Nutrient.CALCIUM, 600.0).condition("ckd").condition("kidney_stones").build());
        List<Suppression> rda = result.suppressed().stream().filter(s -> s.code().equals("CALCIUM_BELOW_RDA")).toList();
        assertEquals(List.of("CKD_BONE_VASCULAR", "KIDNEY_STONES_CALCIUM_SUPPLEMENT"),
                rda.stream().map(Suppression::by).toList());
        Finding reworded = result.findings().stream().filter(f -> f.code().equals("CALCIUM_BELOW_RDA")).findFirst()
                .orElseThrow();
        assertTrue(reworded.recommendation().startsWith("Raise calcium towards 1,200 mg/day from food"),
                reworded.recommendation());
        assertTrue(reworded.recommendation().contains("with chronic kidney disease, calcium and magnesium supplements "
                + "need the kidney team's review first") && reworded.recommendation().contains("history of kidney stones"),
                reworded.recommendation());
        assertEquals("[increase calcium, review calcium_supplement]", reworded.advice().toString());
    }
}
