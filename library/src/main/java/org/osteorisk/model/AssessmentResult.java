package org.osteorisk.model;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.jspecify.annotations.Nullable;
import org.osteorisk.io.ResultJson;

/**
 * The outcome of assessing one profile: one coherent plan. Immutable.
 *
 * @param status      assessed, or out of scope (then {@code scope} says why and there are no findings)
 * @param scope       why the profile is out of scope, or null when it was assessed
 * @param findings    in a stable order: most severe first, then by code; no two of them contradict each other or a
 *                    precaution (see {@code suppressed})
 * @param suppressed  the findings reworded or withdrawn because a precaution outranks their advice: the audit trail
 * @param notAssessed the nutrients (calcium, vitamin_d, ...) that were not assessed because their dietary intake was
 *                    unknown or their reference value needs an unknown age or sex
 * @param warnings    notes about the input (an unrecognised medication, an ignored value), never health values
 * @param ruleSet     the rule set that produced this result
 */
@JsonSerialize(using = ResultJson.Serializer.class)
@JsonDeserialize(using = ResultJson.Deserializer.class)
public record AssessmentResult(
        String profileId,
        AssessmentStatus status,
        @Nullable ScopeNotice scope,
        List<Finding> findings,
        List<Suppression> suppressed,
        List<String> notAssessed,
        List<InputWarning> warnings,
        RuleSetInfo ruleSet) {

    public AssessmentResult {
        Objects.requireNonNull(status, "status");
        if ((status == AssessmentStatus.OUT_OF_SCOPE) != (scope != null)) {
            throw new IllegalArgumentException("a scope notice comes with, and only with, the out_of_scope status");
        }
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        notAssessed = List.copyOf(notAssessed);
        warnings = List.copyOf(warnings);
    }

    /** Whether a finding with this code is in the plan. */
    public boolean has(String code) {
        return findings.stream().anyMatch(f -> f.code().equals(code));
    }

    /** The codes of the findings, in result order. */
    public List<String> codes() {
        return findings.stream().map(Finding::code).toList();
    }

    public boolean outOfScope() {
        return status == AssessmentStatus.OUT_OF_SCOPE;
    }

    /** Names the profile and counts; never its values. */
    @Override
    public String toString() {
        return "AssessmentResult[profileId=" + profileId + ", status=" + status.key() + ", findings=" + codes()
                + ", suppressed=" + suppressed.size() + ", notAssessed=" + notAssessed + ", ruleSet=" + ruleSet + "]";
    }
}
