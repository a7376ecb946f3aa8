package org.osteorisk.engine;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osteorisk.reference.ProblemList;
import org.osteorisk.reference.Thresholds;

/**
 * What a rule file may contain beyond what Drools checks. Drools 10 has no sandbox for DRL (the SecurityManager is
 * gone), so a consequence could call anything on the classpath; these checks refuse rule files that reach into the
 * system (System, Runtime, processes, threads, files, network, reflection) and allow only the project's own fact
 * model and globals.
 */
final class RuleFileChecks {

    /** Packages and classes a rule file may import. */
    private static final List<String> ALLOWED_IMPORTS = List.of(
            "org.osteorisk.model.", "java.util.", "java.lang.Math");

    /** The globals a rule file may declare, with their types. */
    private static final Set<String> ALLOWED_GLOBALS = Set.of(
            "org.osteorisk.engine.FindingCollector findings",
            "org.osteorisk.reference.Thresholds thresholds");

    private static final Pattern FORBIDDEN = Pattern.compile(String.join("|",
            "\\bSystem\\s*\\.", "\\bRuntime\\b", "\\bProcess(Builder|Handle)?\\b", "\\bThread(Group|Local)?\\b",
            "\\bExecutors?\\b", "\\bExecutorService\\b", "\\bForkJoinPool\\b", "\\bCompletableFuture\\b",
            "\\bTimer\\b", "ClassLoader", "\\bClass\\s*\\.", "\\.\\s*class\\b", "\\.\\s*getClass\\s*\\(",
            "\\breflect\\b", "\\bMethodHandles?\\b", "\\bUnsafe\\b", "\\bFiles?\\b", "\\bPaths?\\b",
            "\\b\\w*(Stream|Reader|Writer|Channel)\\b", "\\bSocket\\w*\\b", "\\bURL\\w*\\b", "\\bURI\\b",
            "\\bHttp\\w*\\b", "\\bInetAddress\\b", "\\bjava\\s*\\.\\s*(io|nio|net|lang\\s*\\.\\s*(reflect|invoke))\\b",
            "\\b(javax|jdk|sun|com\\s*\\.\\s*sun)\\s*\\.", "\\bdrools\\s*\\.", "\\bkcontext\\b",
            "\\bgetKieRuntime\\b", "\\bgetWorkingMemory\\b", "\\b(exit|halt|exec|load|loadLibrary)\\s*\\("));

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.*]+)", Pattern.MULTILINE);
    private static final Pattern GLOBAL = Pattern.compile("^\\s*global\\s+([\\w.]+)\\s+(\\w+)", Pattern.MULTILINE);
    private static final Pattern THRESHOLD = Pattern.compile("thresholds\\s*\\.\\s*value\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");

    private RuleFileChecks() {
    }

    static void check(RuleSource source, Thresholds thresholds, ProblemList problems) {
        String code = codeOnly(source.drl());
        Matcher forbidden = FORBIDDEN.matcher(code);
        while (forbidden.find()) {
            report(source, forbidden.start(), "forbidden in a rule file: '" + forbidden.group().trim()
                    + "'. Rules may not reach the system (System, Runtime, threads, files, network, reflection):"
                    + " Drools has no sandbox, so osteorisk refuses such rules", problems);
        }
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            String name = imports.group(2);
            if (imports.group(1) != null || ALLOWED_IMPORTS.stream().noneMatch(name::startsWith)) {
                report(source, imports.start(2), "import not allowed: " + name + "; rule files may import "
                        + "org.osteorisk.model.* and java.util.* only", problems);
            }
        }
        Matcher globals = GLOBAL.matcher(code);
        while (globals.find()) {
            if (!ALLOWED_GLOBALS.contains(globals.group(1) + " " + globals.group(2))) {
                report(source, globals.start(1), "global not allowed: " + globals.group(2) + "; the globals are "
                        + String.join(" and ", ALLOWED_GLOBALS), problems);
            }
        }
        Matcher uses = THRESHOLD.matcher(source.drl());
        while (uses.find()) {
            if (thresholds != null && !thresholds.contains(uses.group(1))) {
                report(source, uses.start(1), "no threshold named " + uses.group(1)
                        + " in reference/thresholds.csv", problems);
            }
        }
    }

    /**
     * The DRL with every {@code thresholds.value("name")} replaced by its value, padded with spaces to the same
     * width so that lines and columns in compiler messages still match the file. The rules and the reference data
     * load together, so a threshold is a constant for the life of a compiled rule set; as a literal, Drools
     * compares it directly instead of calling the global on every evaluation.
     */
    static String inlineThresholds(String drl, Thresholds thresholds) {
        Matcher uses = THRESHOLD.matcher(drl);
        StringBuilder out = new StringBuilder(drl.length());
        while (uses.find()) {
            String original = uses.group();
            String value = thresholds.contains(uses.group(1)) ? "(" + thresholds.value(uses.group(1)) + ")" : original;
            String replacement = value.length() <= original.length()
                    ? value + " ".repeat(original.length() - value.length()) : original;
            uses.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        uses.appendTail(out);
        return out.toString();
    }

    /** The names of the thresholds a piece of DRL reads. */
    static List<String> thresholdsIn(String drl) {
        return THRESHOLD.matcher(drl).results().map(m -> m.group(1)).distinct().toList();
    }

    private static void report(RuleSource source, int offset, String message, ProblemList problems) {
        int line = 1;
        int lineStart = 0;
        String text = source.drl();
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = source.generated() ? 0 : offset - lineStart + 1;
        problems.add(source.displayName(), source.lineInFile().applyAsInt(line), column, message);
    }

    /**
     * The text with comments, string literals and rule metadata blanked out (newlines kept), so offsets still match
     * and words inside explanations are not mistaken for calls.
     */
    static String codeOnly(String drl) {
        StringBuilder out = new StringBuilder(drl);
        int i = 0;
        while (i < out.length()) {
            char c = out.charAt(i);
            if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '/') {
                i = blankUntil(out, i, "\n");
            } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '*') {
                i = blankUntil(out, i, "*/");
            } else if (c == '"' || c == '\'') {
                i = blankString(out, i, c);
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static int blankUntil(StringBuilder out, int from, String end) {
        int stop = out.indexOf(end, from + 2);
        stop = stop < 0 ? out.length() : (end.equals("\n") ? stop : stop + end.length());
        blank(out, from, stop);
        return stop;
    }

    private static int blankString(StringBuilder out, int from, char quote) {
        int i = from + 1;
        while (i < out.length() && out.charAt(i) != quote && out.charAt(i) != '\n') {
            i += out.charAt(i) == '\\' ? 2 : 1;
        }
        int stop = Math.min(i + 1, out.length());
        blank(out, from + 1, stop - 1);
        return stop;
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
    }
}
