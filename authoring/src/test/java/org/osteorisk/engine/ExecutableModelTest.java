package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    void theBuildBuiltTheBundledRulesFromExactlyTheRuleFiles() {
        PrecompiledRules.Index index = PrecompiledRules.index(getClass().getClassLoader());
        assertNotNull(index, "the build step ran");
        RuleSet fromFiles = RuleSet.load(TestRules.FOLDER);
        assertEquals(fromFiles.info(), TestRules.bundled().info(), "the same fingerprint: built from these files");
        assertNull(TestRules.bundled().root(), "read through the class loader, not from a folder");
        assertEquals(fromFiles.definitions(), TestRules.bundled().definitions(), "every rule reports the same");
        assertEquals(List.copyOf(fromFiles.reference().sources().all()),
                List.copyOf(TestRules.bundled().reference().sources().all()));
    }

    @Test
    void drlAndExecutableModelAgreeOnEveryProfile() {
        Assessor model = TestRules.assessor();
        Assessor drl = Assessor.create(RuleSet.load(TestRules.FOLDER));
        assertEquals(TestRules.bundled().info(), drl.ruleSet().info(), "the same rule files");
        List<Profile> profiles = new ArrayList<>(ConcurrentAssessmentTest.varied(300));
        for (Scenario s : Scenarios.of(TestRules.bundled(), TestRules.FOLDER)) {
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
