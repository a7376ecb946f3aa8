package org.osteorisk.engine;

import java.time.Duration;

/**
 * The rules ran past the time limit of an assessment, so it was abandoned rather than left to hold a thread: a rule
 * set whose conditions match far too many combinations of facts, say. The profiles of that session get no result.
 */
public class AssessmentTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String ruleSet;
    private final Duration limit;

    public AssessmentTimeoutException(String ruleSet, Duration limit, int profiles) {
        super("the rules of " + ruleSet + " did not finish within " + SessionDeadline.describe(limit) + " for "
                + (profiles == 1 ? "this profile" : "a session of " + profiles + " profiles")
                + ": the assessment was stopped");
        this.ruleSet = ruleSet;
        this.limit = limit;
    }

    /** The rule set that ran too long: name/version/fingerprint. */
    public String ruleSet() {
        return ruleSet;
    }

    public Duration limit() {
        return limit;
    }
}
