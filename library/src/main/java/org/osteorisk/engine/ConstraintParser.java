package org.osteorisk.engine;

import java.util.ArrayList;
import java.util.List;

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

/**
 * Reads the text of one condition inside a fact's brackets ({@code total < rda}) with the small grammar rule files
 * may use, and nothing more: names and {@code $variables} with dotted fields, literals, comparisons,
 * {@code in}/{@code not in} lists, {@code && || !}, arithmetic and parentheses, {@code thresholds.value("name")}.
 * The whole text must be read: Drools' own expression parser stops quietly at what it does not understand, and the
 * compiler would then see text the checks never saw.
 *
 * <pre>
 * condition  := VAR ':' NAME | or
 * or         := and ('||' and)*
 * and        := unary ('&amp;&amp;' unary)*
 * comparison := sum [('==' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=') sum | ['not'] 'in' '(' sum (',' sum)* ')']
 * sum        := product (('+' | '-') product)*
 * product    := unary (('*' | '/') unary)*
 * unary      := '!' unary | '-' unary | primary
 * primary    := NUMBER | STRING | 'true' | 'false' | 'null' | '(' or ')' | 'thresholds' '.' 'value' '(' STRING ')'
 *             | NAME ('.' NAME)* | VAR ('.' NAME)*
 * </pre>
 * ({@code !} binds tighter than a comparison, as in Java: write {@code !(age > 50)}.)
 */
final class ConstraintParser {

    /** The text cannot be read with the allowed grammar; {@code offset} is where reading stopped. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final int offset;

        Unreadable(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }

        int offset() {
            return offset;
        }
    }

    private enum Kind { NAME, VAR, NUMBER, STRING, SYMBOL, END }

    private record Token(Kind kind, String text, int offset) {
        boolean is(String symbol) {
            return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(symbol);
        }
    }

    private static final List<String> COMPARISONS = List.of("==", "!=", "<=", ">=", "<", ">");
    /** Keywords that are never a field: read as literals or operators. */
    private static final List<String> LITERAL_WORDS = List.of("true", "false", "null");

    /** Brackets and prefixes (!, -) nested deeper than any condition needs: refused before the stack runs out. */
    static final int MAX_DEPTH = 50;

    private final List<Token> tokens;
    private int next;
    private int depth;

    private ConstraintParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static ConstraintExpr parse(String text) throws Unreadable {
        ConstraintParser parser = new ConstraintParser(tokenize(text));
        ConstraintExpr expr = parser.condition();
        Token rest = parser.peek();
        if (rest.kind() != Kind.END) {
            throw new Unreadable(rest.offset(), "unexpected '" + rest.text() + "' after the condition"
                    + (rest.kind() == Kind.NAME || rest.kind() == Kind.VAR ? ": separate conditions with a comma" : ""));
        }
        return expr;
    }

    private ConstraintExpr condition() throws Unreadable {
        if (peek().kind() == Kind.VAR && peekAt(1).is(":")) {
            Token variable = take();
            take();
            Token field = take();
            if (field.kind() != Kind.NAME || peek().is(".")) {
                throw new Unreadable(field.offset(), "a binding names one field: " + variable.text() + " : total");
            }
            if (peek().kind() != Kind.END) {
                throw new Unreadable(peek().offset(), "a binding stands alone (" + variable.text() + " : "
                        + field.text() + "); compare " + variable.text() + " in a condition of its own");
            }
            return new Binding(variable.text(), field.text(), variable.offset());
        }
        return or();
    }

    private ConstraintExpr or() throws Unreadable {
        List<ConstraintExpr> operands = new ArrayList<>(List.of(and()));
        while (peek().is("||")) {
            take();
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new Logical("||", List.copyOf(operands));
    }

    private ConstraintExpr and() throws Unreadable {
        List<ConstraintExpr> operands = new ArrayList<>(List.of(comparison()));
        while (peek().is("&&")) {
            take();
            operands.add(comparison());
        }
        return operands.size() == 1 ? operands.get(0) : new Logical("&&", List.copyOf(operands));
    }

    private ConstraintExpr comparison() throws Unreadable {
        ConstraintExpr left = sum();
        Token operator = peek();
        if (operator.kind() == Kind.SYMBOL && COMPARISONS.contains(operator.text())) {
            take();
            if (peek().kind() == Kind.SYMBOL && COMPARISONS.contains(peek().text())) {
                throw new Unreadable(peek().offset(), "write both sides of each comparison (age > 3 && age < 10)");
            }
            ConstraintExpr right = sum();
            if (peek().kind() == Kind.SYMBOL && COMPARISONS.contains(peek().text())) {
                throw new Unreadable(peek().offset(), "one comparison at a time: join comparisons with &&");
            }
            return new Comparison(left, operator.text(), right, operator.offset());
        }
        boolean negated = operator.is("not") && peekAt(1).is("in");
        if (negated || operator.is("in")) {
            take();
            if (negated) {
                take();
            }
            expect("(", "a list in brackets after 'in': in (\"ckd\", \"ibd\")");
            List<ConstraintExpr> choices = new ArrayList<>(List.of(sum()));
            while (peek().is(",")) {
                take();
                choices.add(sum());
            }
            expect(")", "')' to close the list");
            return new Membership(left, negated, List.copyOf(choices));
        }
        return left;
    }

    private ConstraintExpr sum() throws Unreadable {
        ConstraintExpr left = product();
        while (peek().is("+") || peek().is("-")) {
            String operator = take().text();
            left = new Arithmetic(left, operator, product());
        }
        return left;
    }

    private ConstraintExpr product() throws Unreadable {
        ConstraintExpr left = unary();
        while (peek().is("*") || peek().is("/")) {
            String operator = take().text();
            left = new Arithmetic(left, operator, unary());
        }
        return left;
    }

    private ConstraintExpr unary() throws Unreadable {
        if (++depth > MAX_DEPTH) {
            throw new Unreadable(peek().offset(), "brackets, ! and - are nested more than " + MAX_DEPTH + " deep");
        }
        try {
            if (peek().is("!")) {
                take();
                return new Not(unary());
            }
            if (peek().is("-")) {
                take();
                return new Minus(unary());
            }
            return primary();
        } finally {
            depth--;
        }
    }

    private ConstraintExpr primary() throws Unreadable {
        Token token = take();
        switch (token.kind()) {
            case NUMBER, STRING -> {
                return new Literal(token.text(), token.offset());
            }
            case VAR -> {
                List<String> path = dottedNames();
                noCall(token.text() + path.stream().map(p -> "." + p).reduce("", String::concat), token.offset());
                return new Variable(token.text(), path, token.offset());
            }
            case NAME -> {
                if (LITERAL_WORDS.contains(token.text())) {
                    return new Literal(token.text(), token.offset());
                }
                if (token.text().equals("new")) {
                    throw new Unreadable(token.offset(), "creates an object ('new'): conditions compare the facts' "
                            + "fields only");
                }
                List<String> parts = new ArrayList<>(List.of(token.text()));
                parts.addAll(dottedNames());
                if (parts.equals(List.of("thresholds", "value")) && peek().is("(")) {
                    return thresholdValue(token);
                }
                noCall(String.join(".", parts), token.offset());
                return new Name(List.copyOf(parts), token.offset());
            }
            case SYMBOL -> {
                if (token.is("(")) {
                    ConstraintExpr inner = or();
                    expect(")", "')' to close '(' at column " + (token.offset() + 1) + " of the condition");
                    Token after = peek();
                    boolean operatorWord = after.is("in") || after.is("not");
                    if ((after.kind() == Kind.NAME && !operatorWord) || after.kind() == Kind.VAR || after.is("(")) {
                        throw new Unreadable(token.offset(), "a type cast or call '(...)" + after.text()
                                + "' is not allowed in a condition");
                    }
                    return inner;
                }
                if (COMPARISONS.contains(token.text())) {
                    throw new Unreadable(token.offset(), "write both sides of each comparison (age > 3 && age < 10)");
                }
                throw new Unreadable(token.offset(), "expected a field, a number or a text, found '"
                        + token.text() + "'");
            }
            default -> throw new Unreadable(token.offset(), "the condition ends too early");
        }
    }

    private ThresholdValue thresholdValue(Token start) throws Unreadable {
        take();
        Token name = take();
        if (name.kind() != Kind.STRING || !peek().is(")")) {
            throw new Unreadable(name.offset(), "thresholds.value takes one name in quotes: "
                    + "thresholds.value(\"soda_per_day_min\")");
        }
        take();
        noCall("thresholds.value(...)", start.offset());
        return new ThresholdValue(StringLiterals.value(name.text()), start.offset());
    }

    private List<String> dottedNames() throws Unreadable {
        List<String> names = new ArrayList<>();
        while (peek().is(".")) {
            take();
            Token name = take();
            if (name.kind() != Kind.NAME) {
                throw new Unreadable(name.offset(), "expected a field name after '.', found '" + name.text() + "'");
            }
            names.add(name.text());
        }
        return names;
    }

    /** A name followed by '(' is a method call, the commonest way out of the fact model: refused by name. */
    private void noCall(String name, int offset) throws Unreadable {
        if (peek().is("(")) {
            throw new Unreadable(offset, "calls a method (" + name + "(...)); a condition may call "
                    + "thresholds.value(\"name\") only");
        }
        if (peek().is(".")) {
            throw new Unreadable(peek().offset(), "only a name may follow '.' after " + name);
        }
    }

    private void expect(String symbol, String what) throws Unreadable {
        Token token = take();
        if (!token.is(symbol)) {
            throw new Unreadable(token.offset(), "expected " + what + ", found '" + token.text() + "'");
        }
    }

    private Token peek() {
        return peekAt(0);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(next + ahead, tokens.size() - 1));
    }

    private Token take() {
        Token token = peek();
        if (token.kind() != Kind.END) {
            next++;
        }
        return token;
    }

    private static List<Token> tokenize(String text) throws Unreadable {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int start = i;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else if (isNameStart(c) || (c == '$' && i + 1 < text.length() && isNameStart(text.charAt(i + 1)))) {
                i++;
                while (i < text.length() && isNamePart(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(c == '$' ? Kind.VAR : Kind.NAME, text.substring(start, i), start));
            } else if (c >= '0' && c <= '9') {
                i = number(text, i);
                tokens.add(new Token(Kind.NUMBER, text.substring(start, i), start));
            } else if (c == '"') {
                int end = StringLiterals.end(text, i);
                if (end < 0) {
                    throw new Unreadable(i, "a text in quotes that is not closed on its line, or with a backslash "
                            + "other than \\\" or \\\\");
                }
                i = end;
                tokens.add(new Token(Kind.STRING, text.substring(start, i), start));
            } else {
                String symbol = symbol(text, i);
                i += symbol.length();
                tokens.add(new Token(Kind.SYMBOL, symbol, start));
            }
        }
        tokens.add(new Token(Kind.END, "(end)", text.length()));
        return tokens;
    }

    private static int number(String text, int from) throws Unreadable {
        int i = digits(text, from);
        if (text.charAt(from) == '0' && i - from > 1) {
            throw new Unreadable(from, "a number may not start with 0 (Java reads 010 as 8): write "
                    + text.substring(from, i).replaceFirst("^0+(?=.)", ""));
        }
        if (i + 1 < text.length() && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
            i = digits(text, i + 1);
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int exponent = i + 1;
            if (exponent < text.length() && (text.charAt(exponent) == '+' || text.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < text.length() && Character.isDigit(text.charAt(exponent))) {
                i = digits(text, exponent);
            }
        }
        if (i < text.length() && (isNamePart(text.charAt(i)) || text.charAt(i) == '.')) {
            throw new Unreadable(from, "not a number: write numbers as 12, 0.5 or 1.5E3");
        }
        return i;
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static final List<String> SYMBOLS = List.of(
            "==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "-", "*", "/", "(", ")", ".", ",", ":");

    private static String symbol(String text, int i) throws Unreadable {
        String two = text.substring(i, Math.min(i + 2, text.length()));
        switch (two) {
            case "//", "/*" -> throw new Unreadable(i, "a comment inside a fact's brackets: put comments on a line "
                    + "of their own, outside the brackets");
            case "->", "::" -> throw new Unreadable(i, "lambdas and method references ('" + two + "') are not allowed "
                    + "in a rule");
            case ":=" -> throw new Unreadable(i, "':=' is not allowed: bind a field with $name : field");
            default -> {
                // checked below
            }
        }
        for (String symbol : SYMBOLS) {
            if (text.startsWith(symbol, i)) {
                return symbol;
            }
        }
        char c = text.charAt(i);
        String message = switch (c) {
            case '#' -> "'#' starts a comment: put comments on a line of their own, outside the brackets";
            case '[', ']' -> "arrays and indexes ('" + c + "') are not allowed in a rule";
            case '\'' -> "write text in double quotes: \"k2\"";
            case '=' -> "use == to compare";
            case '&' -> "use && for 'and'";
            case '|' -> "use || for 'or'";
            case '{', '}', ';' -> "'" + c + "' is not allowed in a condition: conditions compare fields, not run code";
            default -> "unexpected character '" + (Character.isISOControl(c) ? String.format("\\x%02x", (int) c)
                    : String.valueOf(c)) + "' in a condition";
        };
        throw new Unreadable(i, message);
    }

    /** ASCII letters only: a name the checks can compare with the model's names, and no look-alike letters. */
    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }
}
