package org.osteorisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CheckCommandTest {

    @Test
    void countsGoodAndBadRowsAndListsTheErrorsWithoutRunningRules() {
        CliRun run = CliRun.run("check", "examples/invalid-rows.csv");
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("osteorisk check of examples/invalid-rows.csv\n"), run.out());
        assertTrue(run.out().contains("Rows: 9 read, 1 good, 8 invalid"), run.out());
        assertTrue(run.out().contains("  line 2 (id BAD01): age (column 2): not a whole number from 0 to 130"));
        assertTrue(run.out().contains("  line 8: id (column 1): required, but blank"), run.out());
        assertFalse(run.out().contains("Findings"));
        assertTrue(run.err().contains("9 row(s): 1 good, 8 invalid"), run.err());
    }

    @Test
    void aGoodFileExitsZero() {
        CliRun run = CliRun.run("check", "examples/profiles.csv");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Rows: 27 read, 27 good, 0 invalid"), run.out());
    }

    @Test
    void unknownColumnsAreWarnedOnce() {
        CliRun run = CliRun.runWithInput("id,calcum_mg\na,1\nb,2\n", "check", "-");
        assertEquals(0, run.exitCode());
        assertEquals(1, run.out().split("unknown column calcum_mg", -1).length - 1, run.out());
    }
}
