package org.osteorisk.model;

import java.util.List;

/**
 * The outcome of assessing one profile. Immutable.
 *
 * @param findings    in a stable order: most severe first, then by code
 * @param notAssessed the nutrients (calcium, vitamin_d, ...) that were not assessed because their dietary intake was
 *                    unknown or their reference value needs an unknown age or sex
 * @param warnings    notes about the input (an unrecognised medication, an inconsistent value), never health values
 * @param ruleSet     the rule set that produced this result
 */
public record AssessmentResult(
        String profileId,
        List<Finding> findings,
        List<String> notAssessed,
        List<String> warnings,
        RuleSetInfo ruleSet) {

    public AssessmentResult {
        findings = List.copyOf(findings);
        notAssessed = List.copyOf(notAssessed);
        warnings = List.copyOf(warnings);
    }

    /** Whether a finding with this code was produced. */
    public boolean has(String code) {
        return findings.stream().anyMatch(f -> f.code().equals(code));
    }

    /** The codes of the findings, in result order. */
    public List<String> codes() {
        return findings.stream().map(Finding::code).toList();
    }
}
