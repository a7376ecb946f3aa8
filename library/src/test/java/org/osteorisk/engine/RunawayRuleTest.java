package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;
import org.osteorisk.model.Profile;
import org.osteorisk.model.RuleSetProblem;
import org.osteorisk.model.Sex;

/**
 * A rule that re-triggers itself cannot be written (an action only reports a finding); should one get past the
 * checks, the fire limit stops it with an error naming it, never a hang.
 */
class RunawayRuleTest {

    private static final String LOOP = """
            package org.osteorisk.rules;

            import org.osteorisk.model.*;

            global org.osteorisk.engine.FindingCollector findings;

            rule "Echo condition"
                @code("TEST_LOOP") @severity("info") @evidence("opinion") @domain("test") @sources("iom_2011_calcium_vitamin_d") @advice("none")
                @title("Loop") @explanation("Loops.") @recommendation("Fix the rule.")
            when
                $c : Condition( name == "echo" )
            then
                insert(new Condition($c.profileId(), "echo", false));
            end
            """;

    @TempDir
    Path dir;

    @Test
    void aRuleThatInsertsFactsIsRefused() throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        Files.writeString(rules.resolve("loop.drl"), LOOP);
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSet.load(rules));
        RuleSetProblem problem = e.problems().stream().filter(p -> p.file().endsWith("loop.drl")).findFirst()
                .orElseThrow();
        assertEquals(13, problem.line(), problem.toString());
        assertTrue(problem.message().startsWith("rule \"Echo condition\": the action may only report the finding"),
                problem.message());
    }

    @Test
    void aLoopingRuleThatGotPastTheChecksIsStoppedAndNamed() {
        Path rules = TestRules.copy(dir.resolve("rules"));
        Assessor assessor = Assessor.create(UncheckedRules.load(rules, LOOP));
        Profile looping = Profile.builder("loops").age(40).sex(Sex.FEMALE).condition("echo").build();
        RunawayRuleException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(RunawayRuleException.class, () -> assessor.assess(looping)));
        assertEquals("Echo condition", e.rule());
        assertTrue(e.getMessage().contains("stopped after 1000 rule firings"), e.getMessage());

        Profile fine = Profile.builder("fine").age(40).sex(Sex.FEMALE).smoker(true).build();
        assertTrue(assessor.assess(fine).has("SMOKING"), "other profiles are unaffected");
    }
}
