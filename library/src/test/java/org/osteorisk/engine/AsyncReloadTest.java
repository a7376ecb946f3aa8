package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
import org.osteorisk.model.Sex;

/** A reload compiles off the threads that serve assessments, and says how long the load took. */
class AsyncReloadTest {

    private static final Profile WOMAN_60_CALCIUM_1100 =
            Profile.builder("w60").age(60).sex(Sex.FEMALE).intake(Nutrient.CALCIUM, 1100.0).build();

    @TempDir
    Path dir;

    @Test
    void theNewRulesServeOnceLoadedOnTheReloadThread() throws Exception {
        Assessor assessor = Assessor.create(TestRules.bundled());
        Path rules = TestRules.copy(dir.resolve("lowered"));
        TestRules.edit(rules.resolve("reference/intakes.csv"), "calcium,mg,female,51,70,1000,1200,2000",
                "calcium,mg,female,51,70,1000,1100,2000");
        Thread caller = Thread.currentThread();
        RuleSet loaded = assessor.reloadAsync(rules).thenApply(r -> {
            assertFalse(Thread.currentThread() == caller, "loaded on another thread");
            assertEquals("osteorisk-reload", Thread.currentThread().getName());
            return r;
        }).get(2, TimeUnit.MINUTES);
        assertSame(loaded, assessor.ruleSet());
        assertFalse(assessor.assess(WOMAN_60_CALCIUM_1100).has("CALCIUM_BELOW_RDA"));
        assertTrue(loaded.loadTime().toMillis() > 0 && loaded.loadTime().toMinutes() < 2, loaded.loadTime()::toString);
    }

    @Test
    void aFolderThatDoesNotLoadFailsTheFutureAndTheRulesInServiceStay() throws Exception {
        Assessor assessor = Assessor.create(TestRules.bundled());
        Path broken = TestRules.copy(dir.resolve("broken"));
        Files.writeString(broken.resolve("broken.drl"), "package org.osteorisk.rules;\nrule \"x\" when then end end\n");
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> assessor.reloadAsync(broken).get(2, TimeUnit.MINUTES));
        assertInstanceOf(RuleSetException.class, e.getCause());
        assertSame(TestRules.bundled(), assessor.ruleSet());
        assertTrue(assessor.assess(WOMAN_60_CALCIUM_1100).has("CALCIUM_BELOW_RDA"));
    }
}
