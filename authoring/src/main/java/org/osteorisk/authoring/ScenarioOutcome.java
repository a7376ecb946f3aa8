package org.osteorisk.authoring;

import java.util.List;
import java.util.Set;

/**
 * How a scenario fared.
 *
 * @param missing    expected codes that were not produced
 * @param unexpected codes produced that the case said must not be
 * @param produced   every code produced (a scope notice's code included), for the report
 * @param mismatches every other expectation that failed, in words (status, severity, advice, suppressed findings),
 *                   and any contradiction left in the plan
 * @param error      why the case could not run (a bad row, a rule that loops), or null
 */
public record ScenarioOutcome(Scenario scenario, Set<String> missing, Set<String> unexpected, List<String> produced,
                              List<String> mismatches, String error) {

    public boolean passed() {
        return error == null && missing.isEmpty() && unexpected.isEmpty() && mismatches.isEmpty();
    }
}
