package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
import org.osteorisk.model.RuleSetInfo;
import org.osteorisk.model.Sex;

/** Thresholds are data; rule sets can be swapped while assessments run; a broken one is refused. */
class RuleSetReloadTest {

    @TempDir
    Path dir;

    private static final Profile WOMAN_60_CALCIUM_1100 =
            Profile.builder("w60").age(60).sex(Sex.FEMALE).intake(Nutrient.CALCIUM, 1100.0).sodaPerDay(1.5).build();

    private Path loweredRda() {
        Path rules = TestRules.copy(dir.resolve("lowered"));
        TestRules.edit(rules.resolve("reference/intakes.csv"), "calcium,mg,female,51,70,1000,1200,2000",
                "calcium,mg,female,51,70,1000,1100,2000");
        TestRules.edit(rules.resolve("ruleset.properties"), "version=1.0.0", "version=1.0.1-local");
        return rules;
    }

    @Test
    void aThresholdEditInTheDataFilesChangesTheNextAssessment() {
        Assessor assessor = Assessor.create(TestRules.bundled());
        assertTrue(assessor.assess(WOMAN_60_CALCIUM_1100).has("CALCIUM_BELOW_RDA"));
        RuleSet lowered = assessor.reload(loweredRda());
        AssessmentResult after = assessor.assess(WOMAN_60_CALCIUM_1100);
        assertFalse(after.has("CALCIUM_BELOW_RDA"), after.codes().toString());
        assertEquals(new RuleSetInfo("osteorisk-core", "1.0.1-local", lowered.info().fingerprint()), after.ruleSet());
        assertNotEquals(TestRules.bundled().info().fingerprint(), lowered.info().fingerprint());
    }

    @Test
    void aThresholdsCsvEditChangesTheNextAssessment() {
        Path rules = TestRules.copy(dir.resolve("soda"));
        TestRules.edit(rules.resolve("reference/thresholds.csv"), "soda_per_day_min,1,", "soda_per_day_min,2,");
        assertTrue(TestRules.assessor().assess(WOMAN_60_CALCIUM_1100).has("SODA_MINERAL_LOSS"));
        assertFalse(Assessor.create(RuleSet.load(rules)).assess(WOMAN_60_CALCIUM_1100).has("SODA_MINERAL_LOSS"));
    }

    @Test
    void aRuleSetThatFailsToLoadIsRefusedAndTheOldOneStaysInService() throws Exception {
        Assessor assessor = Assessor.create(TestRules.bundled());
        Path broken = TestRules.copy(dir.resolve("broken"));
        Files.writeString(broken.resolve("broken.drl"), "package org.osteorisk.rules;\nrule \"x\" when then end end\n");
        assertThrows(RuleSetException.class, () -> assessor.reload(broken));
        assertSame(TestRules.bundled(), assessor.ruleSet());
        assertTrue(assessor.assess(WOMAN_60_CALCIUM_1100).has("CALCIUM_BELOW_RDA"));
    }

    @Test
    void aHotSwapUnderConcurrentAssessmentsIsAtomic() throws Exception {
        Assessor assessor = Assessor.create(TestRules.bundled());
        RuleSet lowered = RuleSet.load(loweredRda());
        RuleSetInfo before = TestRules.bundled().info();
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<AssessmentResult> results = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch started = new CountDownLatch(4);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                started.countDown();
                try {
                    while (!stop.get()) {
                        results.addAll(assessor.assessAll(List.of(WOMAN_60_CALCIUM_1100, WOMAN_60_CALCIUM_1100
                                .toBuilder().id("w60b").build())));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        started.await();
        Thread.sleep(300);
        assessor.swap(lowered);
        AssessmentResult afterSwap = assessor.assess(WOMAN_60_CALCIUM_1100);
        Thread.sleep(300);
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), List.copyOf(failures));
        assertEquals(lowered.info(), afterSwap.ruleSet());
        long old = 0;
        long renewed = 0;
        for (AssessmentResult r : results) {
            // Each result is wholly from one rule set: the old rules flag calcium 1100, the new ones do not.
            if (r.ruleSet().equals(before)) {
                assertTrue(r.has("CALCIUM_BELOW_RDA"));
                old++;
            } else {
                assertEquals(lowered.info(), r.ruleSet());
                assertFalse(r.has("CALCIUM_BELOW_RDA"));
                renewed++;
            }
        }
        assertTrue(old > 0 && renewed > 0, "old " + old + ", new " + renewed);
    }
}
