package org.osteorisk.engine;

/**
 * A rule kept firing past the fire limit (a rule that re-triggers itself, say), so the assessment was stopped
 * rather than left to hang.
 */
public class RunawayRuleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    public RunawayRuleException(String rule, long limit) {
        super("rule \"" + rule + "\" kept firing: stopped after " + limit
                + " rule firings; a rule that changes the facts it matches re-triggers itself");
        this.rule = rule;
    }

    /** The name of the rule that fired most often after the limit was reached. */
    public String rule() {
        return rule;
    }
}
