package org.osteorisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;

/**
 * Every command that loads a rule set refuses a hostile one before any of it runs: rules validate, rules test,
 * rules list, explain and assess. The hostile file writes a file from its metadata (which Drools' compiler
 * evaluates, so it would run while validating or explaining) and from its action (which would run while testing or
 * assessing); that file never appears.
 */
class HostileRuleSetCommandTest {

    @TempDir
    Path dir;
    private Path rules;
    private Path sentinel;

    @BeforeEach
    void writeHostileRuleFile() throws IOException {
        rules = TestRules.copy(dir.resolve("rules"));
        sentinel = dir.resolve("owned.txt");
        String write = "new java.util.Formatter(\"" + sentinel.toString().replace('\\', '/')
                + "\").format(\"owned\").close()";
        Files.writeString(rules.resolve("hostile.drl"), """
                package org.osteorisk.rules;

                import org.osteorisk.model.*;

                global org.osteorisk.engine.FindingCollector findings;

                rule "Hostile"
                    @code("HOSTILE_NOTE") @severity("info") @evidence("study") @domain("test") @sources("iom_2011_calcium_vitamin_d") @advice("none")
                    @title("Hostile") @explanation("Hostile.") @recommendation("None.")
                    @note(%s)
                when
                    $p : Person()
                then
                    findings.add(drools, $p);
                    %s;
                end
                """.formatted(write, write));
    }

    @AfterEach
    void nothingRan() {
        assertFalse(Files.exists(sentinel), "the rule set ran code: " + sentinel + " exists");
    }

    private void assertRefused(CliRun run, String stream) {
        assertTrue(stream.contains(rules + "/hostile.drl:10:5: rule \"Hostile\": @note is not a metadata name"),
                stream);
        assertTrue(stream.contains(rules + "/hostile.drl:15:5: rule \"Hostile\": the action may only report the "
                + "finding"), stream);
    }

    @Test
    void validateListsTheProblems() {
        CliRun run = CliRun.run("rules", "validate", rules.toString());
        assertEquals(ExitCodes.INVALID, run.exitCode(), run.out() + run.err());
        assertRefused(run, run.out());
    }

    @Test
    void explainRefusesTheRuleSet() {
        CliRun run = CliRun.run("explain", "HOSTILE_NOTE", "--rules", rules.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.out() + run.err());
        assertRefused(run, run.err());
    }

    @Test
    void listRefusesTheRuleSet() {
        CliRun run = CliRun.run("rules", "list", rules.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.out() + run.err());
        assertRefused(run, run.err());
    }

    @Test
    void testRefusesTheRuleSet() {
        CliRun run = CliRun.run("rules", "test", rules.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.out() + run.err());
        assertRefused(run, run.err());
    }

    @Test
    void assessRefusesTheRuleSet() {
        CliRun run = CliRun.runWithInput("id,age,sex\nP1,60,female\n", "assess", "--rules", rules.toString(), "-");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.out() + run.err());
        assertRefused(run, run.err());
    }
}
