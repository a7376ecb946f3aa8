package org.osteorisk.authoring.mutation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the rules of a DRL text and their parts by position: the name, each metadata value, and the conditions
 * ({@code when} to {@code then}), so that a mutation can replace exactly one of them.
 */
final class DrlRules {

    /** A metadata value: its text without quotes and where it lies ({@code [start, end)}, inside the quotes). */
    record Metadata(String value, int start, int end) {
    }

    /**
     * One rule.
     *
     * @param conditionsStart where its conditions start (just after {@code when})
     * @param conditionsEnd   where they end (at {@code then})
     */
    record Rule(String name, int start, Map<String, Metadata> metadata, int conditionsStart, int conditionsEnd) {

        String code() {
            Metadata code = metadata.get("code");
            return code == null ? "?" : code.value();
        }
    }

    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"");
    private static final Pattern WHEN = Pattern.compile("(?<![@\\w])when\\b");
    private static final Pattern THEN = Pattern.compile("(?<![@\\w])then\\b");
    private static final Pattern METADATA = Pattern.compile("@(\\w+)\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");

    private DrlRules() {
    }

    static List<Rule> of(String drl) {
        String code = codeOnly(drl);
        List<Rule> rules = new ArrayList<>();
        Matcher rule = RULE.matcher(code);
        while (rule.find()) {
            int nameStart = rule.end();
            int nameEnd = drl.indexOf('"', nameStart);
            Matcher when = WHEN.matcher(code);
            if (nameEnd < 0 || !when.find(nameEnd)) {
                break;
            }
            Matcher then = THEN.matcher(code);
            if (!then.find(when.end())) {
                break;
            }
            Map<String, Metadata> metadata = new LinkedHashMap<>();
            Matcher m = METADATA.matcher(drl).region(nameEnd + 1, when.start());
            while (m.find()) {
                metadata.put(m.group(1), new Metadata(m.group(2), m.start(2), m.end(2)));
            }
            rules.add(new Rule(drl.substring(nameStart, nameEnd), rule.start(), metadata, when.end(), then.start()));
        }
        return rules;
    }

    /**
     * The text with comments and the insides of string literals blanked (line breaks and quotes kept), so that
     * positions still match and nothing inside an explanation is taken for code.
     */
    static String codeOnly(String drl) {
        StringBuilder out = new StringBuilder(drl);
        int i = 0;
        while (i < out.length()) {
            char c = out.charAt(i);
            if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '/') {
                while (i < out.length() && out.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '*') {
                int end = out.indexOf("*/", i + 2);
                end = end < 0 ? out.length() : end + 2;
                blank(out, i, end);
                i = end;
            } else if (c == '"') {
                int j = i + 1;
                while (j < out.length() && out.charAt(j) != '"') {
                    j += out.charAt(j) == '\\' ? 2 : 1;
                }
                blank(out, i + 1, Math.min(j, out.length()));
                i = j + 1;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
    }
}
