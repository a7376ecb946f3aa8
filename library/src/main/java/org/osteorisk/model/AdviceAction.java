package org.osteorisk.model;

import java.util.Locale;

/**
 * What a finding's recommendation asks for, as a closed vocabulary that apps and the plan check can act on. The
 * actions that hold a target back ({@link #restrains()}) contradict {@link #INCREASE} of the same target.
 */
public enum AdviceAction {
    /** Raise the target: more of a nutrient (from any source), a supplement, an activity. */
    INCREASE,
    /** Lower the target. */
    DECREASE,
    /** Stop something now done (smoking). */
    STOP,
    /** Do not start or use the target. */
    AVOID,
    /** Do not raise the target; lowering it is fine. */
    LIMIT,
    /** Keep the target as it is: change it only with the clinician (a vitamin K antagonist and vitamin K). */
    KEEP_STEADY,
    /** Have a clinician review the target. */
    REVIEW,
    /** Have a test done: a blood test, a bone density scan. */
    TEST,
    /** Change a supplement's form (magnesium oxide to citrate). */
    SWITCH_FORM;

    /** The lower-case name used in files and outputs: {@code increase}, {@code keep_steady}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the actions that hold a target back, and so contradict an increase of it. */
    public boolean restrains() {
        return this == DECREASE || this == STOP || this == AVOID || this == LIMIT || this == KEEP_STEADY;
    }

    /** Reads an action by its key, in any case. */
    public static AdviceAction parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT);
        for (AdviceAction action : values()) {
            if (action.name().equals(key)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown action '" + text.trim() + "'; expected one of " + keys());
    }

    /** Every action's key, comma separated, for messages. */
    public static String keys() {
        StringBuilder s = new StringBuilder();
        for (AdviceAction action : values()) {
            s.append(s.length() == 0 ? "" : ", ").append(action.key());
        }
        return s.toString();
    }
}
