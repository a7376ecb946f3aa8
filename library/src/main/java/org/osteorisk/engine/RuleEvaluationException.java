package org.osteorisk.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule failed while the engine evaluated it on a profile's facts: an expression the data cannot satisfy, such as
 * arithmetic on an unknown value in a rule set loaded from a folder. The message names the rule set and the rule,
 * never the facts (they are health data).
 */
public class RuleEvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Drools names the failing rule in its message as {@code [Rule "name" in file]}. */
    private static final Pattern RULE = Pattern.compile("\\[Rule \"([^\"]+)\"");

    private final String rule;

    RuleEvaluationException(String ruleSet, RuntimeException cause) {
        this(ruleSet, ruleOf(cause));
    }

    private RuleEvaluationException(String ruleSet, String rule) {
        super("rule set " + ruleSet + ": rule \"" + rule + "\" failed on this profile's facts (an expression that "
                + "cannot be evaluated, such as arithmetic on an unknown value); the profile was not assessed");
        this.rule = rule;
    }

    /** The rule that failed, or "(unknown)". */
    public String rule() {
        return rule;
    }

    private static String ruleOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = RULE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        return "(unknown)";
    }
}
