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
import java.util.concurrent.TimeUnit;
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

    /** One assessment a worker made, and whether it started after the swap had completed. */
    private record Made(boolean startedAfterSwap, AssessmentResult result) {
    }

    /**
     * Workers assess without pause while the rules are swapped. No sleeps: the swap waits until every worker has
     * made an assessment on the old rules, and the workers stop once each has made one that started after the
     * swap, so both kinds are certain however slow or busy the machine is.
     */
    @Test
    void aHotSwapUnderConcurrentAssessmentsIsAtomic() throws Exception {
        Assessor assessor = Assessor.create(TestRules.bundled());
        RuleSet lowered = RuleSet.load(loweredRda());
        RuleSetInfo before = TestRules.bundled().info();
        int workers = 4;
        AtomicBoolean swapped = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch madeBeforeSwap = new CountDownLatch(workers);
        CountDownLatch madeAfterSwap = new CountDownLatch(workers);
        ConcurrentLinkedQueue<Made> made = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < workers; t++) {
            Thread thread = new Thread(() -> {
                boolean countedBefore = false;
                boolean countedAfter = false;
                try {
                    while (!stop.get()) {
                        boolean after = swapped.get();
                        for (AssessmentResult r : assessor.assessAll(List.of(WOMAN_60_CALCIUM_1100,
                                WOMAN_60_CALCIUM_1100.toBuilder().id("w60b").build()))) {
                            made.add(new Made(after, r));
                        }
                        if (!countedBefore) {
                            countedBefore = true;
                            madeBeforeSwap.countDown();
                        }
                        if (after && !countedAfter) {
                            countedAfter = true;
                            madeAfterSwap.countDown();
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                    madeBeforeSwap.countDown();
                    madeAfterSwap.countDown();
                }
            });
            thread.start();
            threads.add(thread);
        }
        assertTrue(madeBeforeSwap.await(2, TimeUnit.MINUTES), "every worker assessed before the swap");
        assessor.swap(lowered);
        swapped.set(true);
        AssessmentResult afterSwap = assessor.assess(WOMAN_60_CALCIUM_1100);
        assertTrue(madeAfterSwap.await(2, TimeUnit.MINUTES), "every worker assessed after the swap");
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), List.copyOf(failures));
        assertEquals(lowered.info(), afterSwap.ruleSet());
        long old = 0;
        long renewed = 0;
        for (Made m : made) {
            AssessmentResult r = m.result();
            // Each result is wholly from one rule set: the old rules flag calcium 1100, the new ones do not.
            if (r.ruleSet().equals(before)) {
                assertFalse(m.startedAfterSwap(), "an assessment started after the swap used the old rules");
                assertTrue(r.has("CALCIUM_BELOW_RDA"));
                old++;
            } else {
                assertEquals(lowered.info(), r.ruleSet());
                assertFalse(r.has("CALCIUM_BELOW_RDA"));
                renewed++;
            }
        }
        // Each worker's first assessment finished before the swap began, and its last started after it ended.
        assertTrue(old >= 2L * workers && renewed >= 2L * workers, "old " + old + ", new " + renewed);
    }
}
