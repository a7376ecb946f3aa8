package org.osteorisk.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.osteorisk.reference.Thresholds;

/** The {@code thresholds.value("name")} calls in a rule file: their names, and their values filled in. */
final class ThresholdCalls {

    /** One call on one line; a threshold's name is lower-case letters, digits and _ ({@link Thresholds}). */
    private static final Pattern CALL =
            Pattern.compile("thresholds[ \\t]*\\.[ \\t]*value[ \\t]*\\([ \\t]*\"([a-z][a-z0-9_]*)\"[ \\t]*\\)");

    private ThresholdCalls() {
    }

    /**
     * The DRL with every {@code thresholds.value("name")} in a condition replaced by its value, padded with spaces
     * to the same width so that lines and columns in compiler messages still match the file. The rules and the
     * reference data load together, so a threshold is a constant for the life of a compiled rule set; as a
     * literal, Drools compares it directly instead of calling the global on every evaluation.
     *
     * <p>Only the text of conditions is changed, and only of a file that passed {@link RuleFileChecks}: there the
     * grammar of conditions ({@link ConstraintParser}) makes every match a real call (no text in quotes sits right
     * next to a name), and a number in brackets is again a condition that grammar allows. A call whose value
     * would not fit, or is not a finite number, stays a call.
     */
    static String inline(String drl, PackageDescr checked, Thresholds thresholds) {
        List<ExprConstraintDescr> conditions = new ArrayList<>();
        for (RuleDescr rule : checked.getRules()) {
            collect(rule.getLhs(), conditions);
        }
        StringBuilder out = new StringBuilder(drl);
        for (ExprConstraintDescr condition : conditions) {
            int start = condition.getStartCharacter();
            String text = condition.getExpression();
            if (start < 0 || start + text.length() > drl.length() || !drl.startsWith(text, start)) {
                continue; // not where Drools said: leave the calls as they are
            }
            Matcher calls = CALL.matcher(text);
            while (calls.find()) {
                String original = calls.group();
                String name = calls.group(1);
                if (!thresholds.contains(name) || !Double.isFinite(thresholds.value(name))) {
                    continue;
                }
                String value = "(" + thresholds.value(name) + ")";
                if (value.length() <= original.length()) {
                    out.replace(start + calls.start(), start + calls.end(),
                            value + " ".repeat(original.length() - value.length()));
                }
            }
        }
        return out.toString();
    }

    private static void collect(BaseDescr descr, List<ExprConstraintDescr> out) {
        if (descr instanceof PatternDescr pattern) {
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr condition) {
                    out.add(condition);
                }
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                collect(child, out);
            }
        }
    }

    /** The names of the thresholds a piece of DRL reads. */
    static List<String> namesIn(String drl) {
        return CALL.matcher(drl).results().map(m -> m.group(1)).distinct().toList();
    }
}
