package org.osteorisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TinyRuleSet;

/** {@code rules mutate} and {@code rules test --min-mutation-score} on a rule set of one rule with weak cases. */
class RulesMutateCommandTest {

    @TempDir
    Path dir;

    @Test
    void aScoreBelowTheMinimumExitsWith3AndNamesTheSurvivors() {
        Path tiny = TinyRuleSet.write(dir.resolve("tiny"), TinyRuleSet.WEAK_CASES);
        CliRun run = CliRun.run("rules", "mutate", "--min-score", "90", "--threads", "2", tiny.toString());
        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("  - rule \"Calcium below the RDA\" tested total <= rda instead of total < rda ("
                + tiny + "/calcium.drl:11)"), run.out());
        assertTrue(run.out().matches("(?s).*\\nMutation score: \\d+\\.\\d % \\(\\d+ of \\d+ mutants killed; \\d+ invalid, "
                + "not counted\\), 90\\.0 % required; \\d+ s on 2 thread\\(s\\)\\n"), run.out());

        CliRun lenient = CliRun.run("rules", "mutate", "--threads", "2", tiny.toString());
        assertEquals(0, lenient.exitCode(), "the default minimum is 0");
    }

    @Test
    void jsonHasTheCountsAndEveryMutant() throws Exception {
        Path tiny = TinyRuleSet.write(dir.resolve("tiny"), TinyRuleSet.WEAK_CASES);
        CliRun run = CliRun.run("rules", "mutate", "--format", "json", "--min-score", "100", tiny.toString());
        assertEquals(3, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(json.get("mutants").asInt(), json.get("outcomes").size());
        assertEquals(json.get("mutants").asInt(),
                json.get("killed").asInt() + json.get("survived").asInt() + json.get("invalid").asInt());
        assertEquals(false, json.get("passed").asBoolean());
        JsonNode boundary = null;
        for (JsonNode mutant : json.get("outcomes")) {
            if (mutant.get("description").asText().equals(
                    "rule \"Calcium below the RDA\" tested total <= rda instead of total < rda")) {
                boundary = mutant;
            }
        }
        assertEquals("survived", boundary.get("status").asText());
        assertEquals("comparison", boundary.get("kind").asText());
        assertEquals(tiny + "/calcium.drl:11", boundary.get("location").asText());
    }

    @Test
    void testWithAMinimumMutationScoreFailsBelowIt() {
        Path tiny = TinyRuleSet.write(dir.resolve("tiny"), TinyRuleSet.WEAK_CASES);
        CliRun run = CliRun.run("rules", "test", "--min-mutation-score", "90", tiny.toString());
        assertEquals(3, run.exitCode(), run.out());
        assertTrue(run.out().contains("2 case(s): 2 passed, 0 failed\n"), run.out());
        assertTrue(run.out().contains("Your cases would not notice if\n"), run.out());
    }

    @Test
    void aMinimumOutsideZeroToHundredIsAUsageError() {
        CliRun run = CliRun.run("rules", "mutate", "--min-score", "101", dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--min-score must be from 0 to 100"), run.err());
    }
}
