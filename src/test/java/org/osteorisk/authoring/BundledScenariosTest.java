package org.osteorisk.authoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.osteorisk.TestRules;

/** Runs every example case of the bundled rule set (rules/scenarios/*.csv) as a test of its own. */
class BundledScenariosTest {

    @TestFactory
    Stream<DynamicTest> everyBundledCasePasses() {
        List<Scenario> scenarios = Scenarios.of(TestRules.bundled(), TestRules.FOLDER);
        assertTrue(scenarios.size() > 100, "the bundled rule set ships cases for every code");
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.file() + ":" + s.line() + " " + s.name(), () -> {
            ScenarioOutcome outcome = Scenarios.run(TestRules.assessor(), s);
            assertTrue(outcome.passed(), () -> "missing " + outcome.missing() + ", unexpected " + outcome.unexpected()
                    + ", error " + outcome.error() + "; produced " + outcome.produced());
        }));
    }
}
