package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;
import org.osteorisk.authoring.Scenario;
import org.osteorisk.authoring.Scenarios;
import org.osteorisk.engine.PlanInvariants.Condition;
import org.osteorisk.io.ProfileCsvReader;
import org.osteorisk.io.ProfileRow;
import org.osteorisk.io.SyntheticProfiles;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Profile;

/**
 * No person's plan contradicts itself or a precaution (see {@link PlanInvariants}): over the examples, every example
 * case and a generated cohort of 100,000 profiles. A rule set with a gap in its precedence breaks the invariants, and
 * this check sees it.
 */
class PlanInvariantTest {

    private static final int COHORT = 100_000;
    private static final long SEED = 20261123L;

    @TempDir
    Path dir;

    /** Assesses a generated cohort with the assessor and checks every plan. */
    private static PlanInvariants checkCohort(Assessor assessor, int size) throws IOException {
        StringWriter csv = new StringWriter(size * 160);
        new SyntheticProfiles(SEED).write(csv, size);
        PlanInvariants invariants = new PlanInvariants(assessor.ruleSet().reference());
        try (ProfileCsvReader reader = ProfileCsvReader.open(new StringReader(csv.toString()), "cohort")) {
            List<Profile> chunk = new ArrayList<>(1000);
            for (ProfileRow row = reader.nextProfile(); row != null; row = reader.nextProfile()) {
                if (row.ok()) {
                    chunk.add(row.profile());
                }
                if (chunk.size() == 1000) {
                    check(assessor, chunk, invariants);
                    chunk.clear();
                }
            }
            check(assessor, chunk, invariants);
        }
        return invariants;
    }

    private static void check(Assessor assessor, List<Profile> profiles, PlanInvariants invariants) {
        List<AssessmentResult> results = assessor.assessAll(profiles);
        for (int i = 0; i < profiles.size(); i++) {
            invariants.check(new ProfileFacts(profiles.get(i), assessor.ruleSet().reference()), results.get(i));
        }
    }

    private static String firstOf(List<String> violations) {
        return violations.size() + " violation(s), first: " + violations.subList(0, Math.min(10, violations.size()));
    }

    @Test
    void noPlanInAGeneratedCohortContradictsItselfOrAPrecaution() throws IOException {
        PlanInvariants invariants = checkCohort(TestRules.assessor(), COHORT);
        assertEquals(List.of(), invariants.violations(), firstOf(invariants.violations()));
        for (Condition condition : Condition.values()) {
            assertTrue(invariants.exercised(condition) >= 100,
                    "the cohort must exercise " + condition + ": " + invariants.exercised(condition) + " profiles");
        }
    }

    @Test
    void noExampleAndNoExampleCaseContradictsItselfOrAPrecaution() throws IOException {
        Assessor assessor = TestRules.assessor();
        PlanInvariants invariants = new PlanInvariants(assessor.ruleSet().reference());
        try (ProfileCsvReader reader = ProfileCsvReader.open(Path.of("examples", "profiles.csv"))) {
            for (ProfileRow row = reader.nextProfile(); row != null; row = reader.nextProfile()) {
                invariants.check(new ProfileFacts(row.profile(), assessor.ruleSet().reference()),
                        assessor.assess(row.profile()));
            }
        }
        int cases = 0;
        for (Scenario scenario : Scenarios.of(assessor.ruleSet(), TestRules.FOLDER)) {
            if (scenario.profile() != null) {
                invariants.check(new ProfileFacts(scenario.profile(), assessor.ruleSet().reference()),
                        assessor.assess(scenario.profile()));
                cases++;
            }
        }
        assertEquals(Scenarios.of(assessor.ruleSet(), TestRules.FOLDER).size(), cases, "every case is a readable profile");
        assertEquals(List.of(), invariants.violations(), firstOf(invariants.violations()));
    }

    @Test
    void aRuleSetWithoutTheKidneyPrecautionBreaksTheInvariantAndTheCheckSeesIt() throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        TestRules.edit(rules.resolve("reference/precautions.csv"),
                "CKD_BONE_VASCULAR,increase calcium_supplement; increase magnesium_supplement,reword,",
                "CKD_BONE_VASCULAR_REMOVED,increase calcium_supplement; increase magnesium_supplement,reword,");
        TestRules.edit(rules.resolve("reference/precautions.csv"), "CKD_BONE_VASCULAR_REMOVED", "CALCIUM_PARADOX_CKD");
        PlanInvariants invariants = checkCohort(Assessor.create(RuleSet.load(rules)), 5_000);
        assertTrue(invariants.violations().stream()
                        .anyMatch(v -> v.contains("CKD but") && v.contains("asks 'increase magnesium_supplement'")),
                firstOf(invariants.violations()));
    }
}
