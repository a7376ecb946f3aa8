package org.osteorisk.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConnectiveType;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.osteorisk.engine.ConstraintExpr.Arithmetic;
import org.osteorisk.engine.ConstraintExpr.Binding;
import org.osteorisk.engine.ConstraintExpr.Comparison;
import org.osteorisk.engine.ConstraintExpr.Literal;
import org.osteorisk.engine.ConstraintExpr.Logical;
import org.osteorisk.engine.ConstraintExpr.Membership;
import org.osteorisk.engine.ConstraintExpr.Minus;
import org.osteorisk.engine.ConstraintExpr.Name;
import org.osteorisk.engine.ConstraintExpr.Not;
import org.osteorisk.engine.ConstraintExpr.ThresholdValue;
import org.osteorisk.engine.ConstraintExpr.Variable;
import org.osteorisk.engine.FactModel.FactType;
import org.osteorisk.engine.RuleFileProblems.RuleProblems;
import org.osteorisk.reference.Thresholds;

/**
 * The conditions of one rule (between {@code when} and {@code then}), held to what the rules need: facts of the
 * model's types combined with {@code and}, {@code or}, {@code not} and {@code exists}, each with conditions that
 * compare its fields ({@link ConstraintParser}). Every fact after the first names the same person as an earlier
 * fact, with {@code profileId == $earlier.profileId} as a condition of its own: several profiles share a rule
 * session, and a rule must never pair one person's facts with another's (or with every other person's, which is a
 * cartesian join that can exhaust memory).
 */
final class ConditionChecks {

    /** More facts than any bundled rule uses by far; each {@code or} also multiplies the rule Drools builds. */
    static final int MAX_FACTS = 10;

    private static final Pattern VARIABLE = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=");
    private static final String ELEMENTS = "conditions are facts such as Person(...) combined with and, or, not and "
            + "exists";

    /** A variable a rule named: a whole fact (with its type) or one field's value. */
    private record Bound(FactType fact) {
        boolean isFact() {
            return fact != null;
        }
    }

    private final FactModel model;
    private final Thresholds thresholds;
    private final LanguageLevelOption languageLevel;
    private final RuleProblems problems;
    /** Variables by scope: a variable named inside not, exists or or is not seen outside it. */
    private final Deque<Map<String, Bound>> scopes = new ArrayDeque<>();
    private final List<String> reportable = new ArrayList<>();
    private int facts;

    private ConditionChecks(FactModel model, Thresholds thresholds, LanguageLevelOption languageLevel,
                            RuleProblems problems) {
        this.model = model;
        this.thresholds = thresholds;
        this.languageLevel = languageLevel;
        this.problems = problems;
        scopes.push(new HashMap<>());
    }

    /**
     * Checks the conditions and returns the variables of the facts the rule matched outside not, exists and or:
     * the facts its action may report.
     *
     * @param thresholds the rule set's thresholds, or null when they did not load (names are then not checked)
     */
    static List<String> check(AndDescr conditions, FactModel model, Thresholds thresholds,
                              LanguageLevelOption languageLevel, RuleProblems problems) {
        ConditionChecks checks = new ConditionChecks(model, thresholds, languageLevel, problems);
        checks.element(conditions, true);
        return List.copyOf(checks.reportable);
    }

    private void element(BaseDescr descr, boolean positive) {
        Class<?> kind = descr.getClass();
        if (kind == PatternDescr.class) {
            pattern((PatternDescr) descr, positive);
        } else if (kind == AndDescr.class) {
            for (BaseDescr child : ((ConditionalElementDescr) descr).getDescrs()) {
                element(child, positive);
            }
        } else if (kind == NotDescr.class || kind == ExistsDescr.class || kind == OrDescr.class) {
            scopes.push(new HashMap<>());
            for (BaseDescr child : ((ConditionalElementDescr) descr).getDescrs()) {
                element(child, false);
            }
            scopes.pop();
        } else {
            problems.at(descr, describe(descr) + " is not allowed: " + ELEMENTS);
        }
    }

    private static String describe(BaseDescr descr) {
        String kind = descr.getClass().getSimpleName().replace("Descr", "");
        return switch (kind) {
            case "Eval" -> "eval(...) runs code; it";
            case "Forall" -> "forall(...)";
            case "Accumulate" -> "accumulate(...)";
            case "Collect" -> "collect(...)";
            case "From" -> "from";
            case "EntryPoint" -> "from entry-point";
            case "WindowReference" -> "from window";
            case "NamedConsequence", "ConditionalBranch" -> "a named consequence (do[...], if ... do, break)";
            default -> "'" + kind.toLowerCase(java.util.Locale.ROOT) + "'";
        };
    }

    private void pattern(PatternDescr pattern, boolean positive) {
        facts++;
        boolean first = facts == 1;
        if (facts == MAX_FACTS + 1) {
            problems.at(pattern, "more than " + MAX_FACTS + " facts in one rule; split it into simpler rules");
        }
        FactType type = model.factType(pattern.getObjectType());
        if (!shapeAllowed(pattern, type)) {
            return;
        }
        if (first && !positive) {
            problems.at(pattern, "start the rule with a fact it matches, outside not, exists and or (for example "
                    + "$person : Person(...)): later facts join on that fact's profileId");
        }
        int joins = 0;
        for (BaseDescr child : pattern.getDescrs()) {
            if (child.getClass() != ExprConstraintDescr.class
                    || ((ExprConstraintDescr) child).getType() != ExprConstraintDescr.Type.NAMED) {
                problems.at(child.getLine() > 0 ? child : pattern, type.name() + "(...): write each condition as "
                        + "field, operator, value (age >= 50); positional values ('Person(\"p1\"; ...)') are not allowed");
                continue;
            }
            joins += constraint((ExprConstraintDescr) child, type, first);
        }
        if (!first && joins == 0) {
            problems.at(pattern, type.name() + "(...) does not join on profileId: several profiles share a session, "
                    + "so every fact after the first names the person of an earlier fact with a condition of its "
                    + "own, e.g. " + type.name() + "(profileId == $person.profileId, ...)");
        }
        String variable = pattern.getIdentifier();
        if (variable != null) {
            if (declare(variable, new Bound(type), pattern) && positive) {
                reportable.add(variable);
            }
        }
    }

    /** What may surround a fact's conditions: a model type, no source, window, query, annotation or unification. */
    private boolean shapeAllowed(PatternDescr pattern, FactType type) {
        boolean ok = true;
        if (pattern.getSource() != null) {
            problems.at(pattern, describe(pattern.getSource()) + " is not allowed: a rule matches the facts of the "
                    + "profile being assessed, nothing else");
            ok = false;
        }
        if (pattern.isQuery()) {
            problems.at(pattern, "queries are not allowed in a rule (" + pattern.getObjectType() + "(...))");
            return false;
        }
        if (!pattern.getBehaviors().isEmpty()) {
            problems.at(pattern, "windows (over window:...) are not allowed in a rule");
            ok = false;
        }
        if (!pattern.getAnnotations().isEmpty()) {
            problems.at(pattern, "annotations on a fact (@...) are not allowed in a rule");
            ok = false;
        }
        if (pattern.isUnification()) {
            problems.at(pattern, "':=' is not allowed: name a fact with $name : Type(...)");
            ok = false;
        }
        if (type == null) {
            String name = pattern.getObjectType();
            problems.at(pattern, (name == null ? "this kind of pattern" : "'" + name + "'") + " is not a fact of the "
                    + "model; rules match " + String.join(", ", model.factTypeNames()));
            ok = false;
        }
        return ok;
    }

    private boolean declare(String variable, Bound bound, BaseDescr where) {
        if (!VARIABLE.matcher(variable).matches()) {
            problems.at(where, "variable '" + variable + "' must start with $ followed by letters or digits, "
                    + "like $person");
            return false;
        }
        scopes.peek().put(variable, bound);
        return true;
    }

    private Bound lookup(String variable) {
        for (Map<String, Bound> scope : scopes) {
            Bound bound = scope.get(variable);
            if (bound != null) {
                return bound;
            }
        }
        return null;
    }

    /** Checks one condition of a fact; returns the number of profileId joins it makes (0 or 1). */
    private int constraint(ExprConstraintDescr constraint, FactType type, boolean first) {
        String text = constraint.getExpression();
        ConstraintExpr expr;
        try {
            expr = ConstraintParser.parse(text);
        } catch (ConstraintParser.Unreadable e) {
            at(constraint, e.offset(), type.name() + "(... " + oneLine(text) + " ...): " + e.getMessage());
            return 0;
        }
        if (!droolsReadsTheSame(constraint, type)) {
            return 0;
        }
        if (expr instanceof Binding binding) {
            if (binding.field().equals(FactModel.PROFILE_ID)) {
                at(constraint, binding.offset(), profileIdMisused());
            } else if (!type.has(binding.field())) {
                at(constraint, binding.offset(), noSuchField(type, binding.field()));
            } else {
                declare(binding.variable(), new Bound(null), constraint);
            }
            return 0;
        }
        Comparison join = join(expr);
        if (join != null) {
            Variable other = (Variable) join.right();
            Bound bound = lookup(other.variable());
            if (first) {
                at(constraint, join.offset(), "the first fact of a rule has no earlier fact to join: leave "
                        + "profileId out of it");
            } else if (bound == null || !bound.isFact()) {
                at(constraint, other.offset(), other.variable() + " is not a fact named earlier in this rule; join "
                        + "on one, e.g. profileId == $person.profileId");
            }
        }
        expression(expr, type, constraint, join);
        return join != null ? 1 : 0;
    }

    /** The join of a condition: {@code profileId == $x.profileId} alone or as a part of a top-level {@code &&}. */
    private static Comparison join(ConstraintExpr expr) {
        List<ConstraintExpr> parts = expr instanceof Logical logical && logical.operator().equals("&&")
                ? logical.operands() : List.of(expr);
        for (ConstraintExpr part : parts) {
            if (part instanceof Comparison c && c.operator().equals("==")
                    && c.left() instanceof Name left && left.parts().equals(List.of(FactModel.PROFILE_ID))
                    && c.right() instanceof Variable right && right.path().equals(List.of(FactModel.PROFILE_ID))) {
                return c;
            }
        }
        return null;
    }

    private void expression(ConstraintExpr expr, FactType type, ExprConstraintDescr where, Comparison join) {
        if (expr == join) {
            return;
        }
        if (expr instanceof Logical logical) {
            logical.operands().forEach(operand -> expression(operand, type, where, join));
        } else if (expr instanceof Not not) {
            expression(not.operand(), type, where, join);
        } else if (expr instanceof Minus minus) {
            expression(minus.operand(), type, where, join);
        } else if (expr instanceof Arithmetic arithmetic) {
            expression(arithmetic.left(), type, where, join);
            expression(arithmetic.right(), type, where, join);
        } else if (expr instanceof Comparison comparison) {
            expression(comparison.left(), type, where, join);
            expression(comparison.right(), type, where, join);
        } else if (expr instanceof Membership membership) {
            expression(membership.value(), type, where, join);
            for (ConstraintExpr choice : membership.choices()) {
                if (choice instanceof Literal || (choice instanceof Name name && name.parts().size() == 2
                        && model.isEnum(name.parts().get(0)))) {
                    expression(choice, type, where, join);
                } else {
                    at(where, offsetOf(choice), "the list after 'in' holds fixed values only: numbers, texts in "
                            + "quotes or constants such as Nutrient.CALCIUM");
                }
            }
        } else if (expr instanceof Name name) {
            name(name, type, where);
        } else if (expr instanceof Variable variable) {
            variable(variable, where);
        } else if (expr instanceof ThresholdValue threshold) {
            if (thresholds != null && !thresholds.contains(threshold.name())) {
                at(where, threshold.offset(), "no threshold named " + threshold.name()
                        + " in reference/thresholds.csv");
            }
        } else if (expr instanceof Binding binding) {
            at(where, binding.offset(), "a binding ($name : field) is a condition of its own");
        }
        // A Literal needs no check.
    }

    private void name(Name name, FactType type, ExprConstraintDescr where) {
        List<String> parts = name.parts();
        String head = parts.get(0);
        if (parts.size() == 1) {
            if (head.equals(FactModel.PROFILE_ID)) {
                at(where, name.offset(), profileIdMisused());
            } else if (model.isEnum(head)) {
                at(where, name.offset(), head + " needs a constant: " + head + "."
                        + model.enumConstants(head).iterator().next());
            } else if (!type.has(head)) {
                at(where, name.offset(), noSuchField(type, head));
            }
        } else if (parts.size() == 2 && model.isEnum(head)) {
            if (!model.enumConstants(head).contains(parts.get(1))) {
                at(where, name.offset(), head + " has no constant " + parts.get(1) + "; its constants are "
                        + String.join(", ", model.enumConstants(head)));
            }
        } else if (type.has(head)) {
            at(where, name.offset(), name.text() + ": a field's own fields and methods are not available in rules; "
                    + "compare the field itself (" + head + ")");
        } else {
            at(where, name.offset(), name.text() + " is neither a field of " + type.name() + " nor a constant such as "
                    + "Nutrient.CALCIUM; " + type.describe());
        }
    }

    private void variable(Variable variable, ExprConstraintDescr where) {
        Bound bound = lookup(variable.variable());
        if (bound == null) {
            at(where, variable.offset(), "unknown variable " + variable.variable() + ": name a fact ($person : "
                    + "Person(...)) or a field ($total : total) before using it");
        } else if (bound.isFact()) {
            if (variable.path().size() != 1) {
                String example = bound.fact().fields().stream().filter(f -> !f.equals(FactModel.PROFILE_ID))
                        .findFirst().orElse("field");
                at(where, variable.offset(), variable.variable() + " is a whole " + bound.fact().name()
                        + ": compare one of its fields, such as " + variable.variable() + "." + example);
            } else if (variable.path().get(0).equals(FactModel.PROFILE_ID)) {
                at(where, variable.offset(), profileIdMisused());
            } else if (!bound.fact().has(variable.path().get(0))) {
                at(where, variable.offset(), noSuchField(bound.fact(), variable.path().get(0)));
            }
        } else if (!variable.path().isEmpty()) {
            at(where, variable.offset(), variable.variable() + " is the value of a field: it has no fields ("
                    + variable.text() + ")");
        }
    }

    private static String profileIdMisused() {
        return "profileId is only for joining facts of one person, as a condition of its own: "
                + "profileId == $person.profileId";
    }

    private static String noSuchField(FactType type, String field) {
        return type.name() + " has no field '" + field + "'; " + type.describe();
    }

    /**
     * Drools' own expression parser must read the condition too, with no error and with the same operators: the
     * compiler uses its reading, so a difference between the two readers is refused rather than trusted.
     */
    private boolean droolsReadsTheSame(ExprConstraintDescr constraint, FactType type) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(languageLevel);
        ConstraintConnectiveDescr parsed = parser.parse(constraint.getExpression());
        if (parser.hasErrors() || parsed == null) {
            String reason = parser.getErrors().isEmpty() ? "" : ": " + parser.getErrors().get(0).getMessage();
            problems.at(constraint, type.name() + "(... " + oneLine(constraint.getExpression()) + " ...): Drools "
                    + "cannot read this condition" + DroolsCompiler.clean(reason));
            return false;
        }
        String difference = difference(parsed);
        if (difference != null) {
            problems.at(constraint, type.name() + "(... " + oneLine(constraint.getExpression()) + " ...): "
                    + difference + " is not allowed in a condition");
            return false;
        }
        return true;
    }

    /** The first operator or element Drools sees that the rules' grammar has not; null when none. */
    private static String difference(BaseDescr descr) {
        if (descr instanceof ConstraintConnectiveDescr connective) {
            if (connective.getConnective() != ConnectiveType.AND && connective.getConnective() != ConnectiveType.OR) {
                return "'" + connective.getConnective().getConnective() + "'";
            }
            for (BaseDescr child : connective.getDescrs()) {
                String difference = difference(child);
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (descr instanceof RelationalExprDescr relation) {
            if (!COMPARISONS.contains(relation.getOperator()) || relation.getParameters() != null) {
                return "the operator '" + relation.getOperatorDescr() + "'";
            }
            String left = difference(relation.getLeft());
            return left != null ? left : difference(relation.getRight());
        }
        if (descr instanceof AtomicExprDescr || descr instanceof BindingDescr) {
            return null;
        }
        return "'" + descr.getClass().getSimpleName() + "'";
    }

    /** Reports at a character offset of a condition's text, from where the condition starts in the file. */
    private void at(ExprConstraintDescr constraint, int offset, String message) {
        String text = constraint.getExpression();
        int line = constraint.getLine();
        int column = constraint.getColumn() + 1;
        int clipped = Math.max(0, Math.min(offset, text.length()));
        int lastBreak = text.lastIndexOf('\n', clipped - 1);
        if (line > 0) {
            line += (int) text.substring(0, clipped).chars().filter(c -> c == '\n').count();
            column = lastBreak < 0 ? column + clipped : clipped - lastBreak;
        }
        problems.at(line, column, message);
    }

    private static int offsetOf(ConstraintExpr expr) {
        if (expr instanceof Literal literal) {
            return literal.offset();
        }
        if (expr instanceof Name name) {
            return name.offset();
        }
        if (expr instanceof Variable variable) {
            return variable.offset();
        }
        if (expr instanceof ThresholdValue threshold) {
            return threshold.offset();
        }
        if (expr instanceof Comparison comparison) {
            return comparison.offset();
        }
        return 0;
    }

    private static String oneLine(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
