package org.osteorisk.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The action of a rule (between {@code then} and {@code end}) is Java that Drools compiles and runs as it is, so it
 * is held to one statement shape, repeated: {@code findings.add(drools, $fact);}, where {@code $fact} is a fact the
 * rule matched. Comments and white space may surround the statements; nothing else may.
 *
 * <p>The text is read the way Java reads it (a {@code //} comment ends at a carriage return or a line feed, a
 * {@code /*} comment at the first {@code *}{@code /}); a backslash-u escape, which Java would decode first, never
 * reaches here (the file is refused before).
 */
final class ActionChecks {

    /** The one statement, token by token; {@code $} stands for the reported fact's variable. */
    private static final List<String> STATEMENT = List.of("findings", ".", "add", "(", "drools", ",", "$", ")", ";");
    static final String SHAPE = "findings.add(drools, $fact);";

    private ActionChecks() {
    }

    /** A token of the action and where it starts in the action's text. */
    private record Token(String text, int offset) {
    }

    /**
     * @param action     the action's text as Drools' parser captured it
     * @param reportable the variables of the facts the rule matched (outside not / exists / or), in order
     * @param problems   where to add problems, at an offset of the action's text
     */
    static void check(String action, List<String> reportable, OffsetProblems problems) {
        List<Token> tokens = new ArrayList<>();
        if (!tokenize(action, tokens, problems)) {
            return;
        }
        if (tokens.isEmpty()) {
            problems.add(0, "the action is empty: a rule reports its finding with " + SHAPE);
            return;
        }
        int i = 0;
        while (i < tokens.size()) {
            Token start = tokens.get(i);
            for (String expected : STATEMENT) {
                Token token = i < tokens.size() ? tokens.get(i) : new Token("", action.length());
                boolean ok = expected.equals("$") ? token.text().startsWith("$") : expected.equals(token.text());
                if (!ok) {
                    problems.add(start.offset(), "the action may only report the finding, as " + SHAPE
                            + " (one or more times); found: " + snippet(action, start.offset()));
                    return;
                }
                if (expected.equals("$") && !reportable.contains(token.text())) {
                    problems.add(token.offset(), "findings.add(drools, " + token.text() + "): " + token.text()
                            + " is not a fact this rule matched" + (reportable.isEmpty()
                            ? "; name the first fact with a variable ($person : Person(...)) and report it"
                            : " outside not, exists and or; report one of " + String.join(", ", reportable)));
                }
                i++;
            }
        }
    }

    /** Where an action problem goes: an offset of the action's text. */
    @FunctionalInterface
    interface OffsetProblems {
        void add(int offset, String message);
    }

    /**
     * Splits the action into words and symbols, the way Java would, skipping white space and comments; any other
     * character becomes a token of its own (which no statement matches). False, with a problem, for a comment
     * that is not closed.
     */
    private static boolean tokenize(String action, List<Token> tokens, OffsetProblems problems) {
        int i = 0;
        while (i < action.length()) {
            char c = action.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else if (action.startsWith("//", i)) {
                while (i < action.length() && action.charAt(i) != '\n' && action.charAt(i) != '\r') {
                    i++;
                }
            } else if (action.startsWith("/*", i)) {
                int end = action.indexOf("*/", i + 2);
                if (end < 0) {
                    problems.add(i, "a comment /* is not closed with */");
                    return false;
                }
                i = end + 2;
            } else if (isWordStart(c)) {
                int start = i;
                i++;
                while (i < action.length() && isWordPart(action.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(action.substring(start, i), start));
            } else {
                tokens.add(new Token(String.valueOf(c), i));
                i++;
            }
        }
        return true;
    }

    private static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || (c >= '0' && c <= '9');
    }

    /** The statement that starts at {@code offset}, on one line and short, for a message. */
    static String snippet(String text, int offset) {
        int end = offset;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r' && end - offset < 60) {
            end++;
        }
        String shown = text.substring(Math.min(offset, text.length()), end).strip();
        return shown.isEmpty() ? "(nothing)" : "'" + shown + (end < text.length() && end - offset >= 60 ? "...'" : "'");
    }
}
