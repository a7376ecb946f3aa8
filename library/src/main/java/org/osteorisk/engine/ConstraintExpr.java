package org.osteorisk.engine;

import java.util.List;

/**
 * One condition inside a fact's brackets, as {@link ConstraintParser} reads it: the whole of what a rule may write
 * there. Offsets count characters from the start of the condition's text, for messages.
 */
sealed interface ConstraintExpr {

    /** {@code $total : total}: names a field's value for later conditions. */
    record Binding(String variable, String field, int offset) implements ConstraintExpr {
    }

    /** {@code a && b && c} or {@code a || b || c}. */
    record Logical(String operator, List<ConstraintExpr> operands) implements ConstraintExpr {
    }

    /** {@code !a}. */
    record Not(ConstraintExpr operand) implements ConstraintExpr {
    }

    /** {@code a == b}, {@code a < b}, ...: one comparison. */
    record Comparison(ConstraintExpr left, String operator, ConstraintExpr right, int offset) implements ConstraintExpr {
    }

    /** {@code a in (x, y)} or {@code a not in (x, y)}. */
    record Membership(ConstraintExpr value, boolean negated, List<ConstraintExpr> choices) implements ConstraintExpr {
    }

    /** {@code a + b}, {@code a * b}, ... */
    record Arithmetic(ConstraintExpr left, String operator, ConstraintExpr right) implements ConstraintExpr {
    }

    /** {@code -a}. */
    record Minus(ConstraintExpr operand) implements ConstraintExpr {
    }

    /** A number, a text in double quotes, {@code true}, {@code false} or {@code null}, as written. */
    record Literal(String text, int offset) implements ConstraintExpr {
    }

    /** {@code age}, or {@code Nutrient.CALCIUM}: names separated by dots, resolved by the checks. */
    record Name(List<String> parts, int offset) implements ConstraintExpr {
        String text() {
            return String.join(".", parts);
        }
    }

    /** {@code $person} or {@code $person.profileId}. */
    record Variable(String variable, List<String> path, int offset) implements ConstraintExpr {
        String text() {
            return path.isEmpty() ? variable : variable + "." + String.join(".", path);
        }
    }

    /** {@code thresholds.value("name")}. */
    record ThresholdValue(String name, int offset) implements ConstraintExpr {
    }
}
