package org.osteorisk.authoring.mutation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the comparisons in rule conditions around: each {@code <}, {@code <=}, {@code >}, {@code >=} is shifted
 * across its boundary ({@code <} to {@code <=}) and negated ({@code <} to {@code >=}); each {@code ==} and
 * {@code !=} is negated. A boundary shift survives unless a case sits exactly on the threshold.
 *
 * <p>Joins on {@code profileId} are left alone: they keep several profiles of one session apart, which
 * {@code rules validate} checks, and an example case is assessed on its own. Decision tables are left alone too:
 * their conditions are a template shared by every row.
 */
final class ComparisonMutator implements Mutator {

    private static final Pattern OPERATOR = Pattern.compile("<=|>=|==|!=|<|>");
    private static final Map<String, List<String>> REPLACEMENTS = Map.of(
            "<", List.of("<=", ">="),
            "<=", List.of("<", ">"),
            ">", List.of(">=", "<="),
            ">=", List.of(">", "<"),
            "==", List.of("!="),
            "!=", List.of("=="));

    @Override
    public List<Mutation> mutations(RuleSetText rules) {
        List<Mutation> mutations = new ArrayList<>();
        for (String file : rules.drlFiles()) {
            String drl = rules.text(file);
            String code = DrlRules.codeOnly(drl);
            for (DrlRules.Rule rule : DrlRules.of(drl)) {
                Matcher op = OPERATOR.matcher(code).region(rule.conditionsStart(), rule.conditionsEnd());
                while (op.find()) {
                    String left = operand(drl, code, op.start(), -1);
                    String right = operand(drl, code, op.end(), +1);
                    if (left.equals("profileId")) {
                        continue;
                    }
                    int line = RuleSetText.lineOf(drl, op.start());
                    for (String replacement : REPLACEMENTS.get(op.group())) {
                        String description = "rule \"" + rule.name() + "\" tested " + left + " " + replacement + " "
                                + right + " instead of " + left + " " + op.group() + " " + right;
                        mutations.add(new Mutation(MutationKind.COMPARISON, file, line, description,
                                List.of(new Mutation.Edit(op.start(), op.end(), replacement))));
                    }
                }
            }
        }
        return mutations;
    }

    /**
     * The operand on one side of an operator, as written: up to the comma, bracket or {@code ||} / {@code &&} that
     * ends the constraint, with brackets inside it balanced; white space collapsed.
     */
    private static String operand(String drl, String code, int from, int direction) {
        int depth = 0;
        int i = direction < 0 ? from - 1 : from;
        while (i >= 0 && i < code.length()) {
            char c = code.charAt(i);
            char open = direction < 0 ? ')' : '(';
            char close = direction < 0 ? '(' : ')';
            if (c == open) {
                depth++;
            } else if (c == close) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (c == ',' || c == '|' || c == '&')) {
                break;
            }
            i += direction;
        }
        String text = direction < 0 ? drl.substring(i + 1, from) : drl.substring(from, i);
        return text.strip().replaceAll("\\s+", " ");
    }
}
