package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osteorisk.TestRules;
import org.osteorisk.authoring.Scenario;
import org.osteorisk.authoring.Scenarios;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Profile;

/**
 * The bundled rules run from the executable model generated at build time; a folder's rules are compiled from DRL.
 * Both must give the same results.
 */
class ExecutableModelTest {

    @Test
    void theBuildGeneratedAModelOfExactlyTheBundledRules() {
        assertNotNull(PrecompiledRules.kieBase(TestRules.bundled().info().fingerprint()));
    }

    @Test
    void drlAndExecutableModelAgreeOnEveryProfile() {
        Assessor model = TestRules.assessor();
        Assessor drl = Assessor.create(RuleSet.load(TestRules.FOLDER));
        assertEquals(TestRules.bundled().info(), drl.ruleSet().info(), "the same rule files");
        List<Profile> profiles = new ArrayList<>(ConcurrentAssessmentTest.varied(300));
        for (Scenario s : Scenarios.of(TestRules.bundled())) {
            if (s.profile() != null) {
                profiles.add(s.profile());
            }
        }
        List<AssessmentResult> fromModel = model.assessAll(profiles);
        List<AssessmentResult> fromDrl = drl.assessAll(profiles);
        for (int i = 0; i < profiles.size(); i++) {
            assertEquals(fromDrl.get(i), fromModel.get(i), profiles.get(i).id());
        }
    }
}
