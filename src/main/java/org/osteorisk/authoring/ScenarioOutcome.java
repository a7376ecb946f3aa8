package org.osteorisk.authoring;

import java.util.List;
import java.util.Set;

/**
 * How a scenario fared.
 *
 * @param missing    expected codes that were not produced
 * @param unexpected codes produced that the case said must not be
 * @param produced   every code produced, for the report
 * @param error      why the case could not run (a bad row, a rule that loops), or null
 */
public record ScenarioOutcome(Scenario scenario, Set<String> missing, Set<String> unexpected, List<String> produced,
                              String error) {

    public boolean passed() {
        return error == null && missing.isEmpty() && unexpected.isEmpty();
    }
}
