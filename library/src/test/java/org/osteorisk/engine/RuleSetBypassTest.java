package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;
import org.osteorisk.model.RuleSetProblem;

/**
 * Each way a rule file used to run code on the machine that loads it (issue 10), as a rule set that must now be
 * refused, with the file, line and rule named, before anything of it runs: the file the hostile code would write
 * never appears. On the code before the allowlist, each of these rule sets loaded (and ran its code at load or at
 * assessment).
 */
class RuleSetBypassTest {

    private static final String HEADER = """
            package org.osteorisk.rules;

            import org.osteorisk.model.*;

            global org.osteorisk.engine.FindingCollector findings;
            global org.osteorisk.reference.Thresholds thresholds;

            """;
    /** Lines in HEADER: a rule written after it starts on line 8. */
    private static final int FIRST_RULE_LINE = 8;

    @TempDir
    Path dir;
    private Path sentinel;
    private Path rules;

    @BeforeEach
    void copyRules() {
        sentinel = dir.resolve("owned.txt");
        rules = TestRules.copy(dir.resolve("rules"));
    }

    @AfterEach
    void nothingWasWritten() {
        assertFalse(Files.exists(sentinel), "the rule set ran code: " + sentinel + " exists");
    }

    /** A rule with complete metadata; {@code metadata} adds lines after it (each line of the result counted). */
    private static String rule(String name, String metadata, String when, String then) {
        return "rule \"" + name + "\"\n"
                + "    @code(\"TEST_" + name.toUpperCase().replaceAll("[^A-Z]", "_") + "\") @severity(\"info\")"
                + " @evidence(\"study\") @domain(\"test\")\n"
                + "    @sources(\"iom_2011_calcium_vitamin_d\") @advice(\"none\") @title(\"Test\") @explanation(\"Test.\") @recommendation(\"None.\")\n"
                + metadata
                + "when\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    /** The sentinel's path as a DRL string literal's content. */
    private String target() {
        return sentinel.toString().replace('\\', '/');
    }

    private String formatter(String text) {
        return "new java.util.Formatter(\"" + target() + "\").format(\"" + text + "\").close()";
    }

    /** The same, without double quotes (a decision table escapes those in a cell): texts built from chars. */
    private String formatterWithoutQuotes(String text) {
        return "new java.util.Formatter(" + chars(target()) + ").format(" + chars(text) + ").close()";
    }

    private static String chars(String text) {
        return "new String(new char[] {" + String.join(", ", text.chars().mapToObj(c -> "'" + (char) c + "'")
                .toList()) + "})";
    }

    private List<RuleSetProblem> refused(String file, String drl) throws IOException {
        Files.writeString(rules.resolve(file), drl);
        RuleSetException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(RuleSetException.class, () -> RuleSet.load(rules)));
        List<RuleSetProblem> inFile = e.problems().stream().filter(p -> p.file().endsWith("/" + file)).toList();
        assertFalse(inFile.isEmpty(), e.getMessage());
        return inFile;
    }

    private static RuleSetProblem find(List<RuleSetProblem> problems, String fragment) {
        return problems.stream().filter(p -> p.message().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem with '" + fragment + "' in " + problems));
    }

    @Test
    void anActionThatWritesAFileIsRefused() throws IOException {
        List<RuleSetProblem> problems = refused("formatter.drl", HEADER + rule("Formatter", "",
                "$p : Person()", formatter("owned") + ";"));
        RuleSetProblem problem = find(problems, "the action may only report the finding");
        assertEquals(FIRST_RULE_LINE + 6, problem.line(), problem.toString());
        assertEquals(5, problem.column(), problem.toString());
        assertTrue(problem.message().startsWith("rule \"Formatter\": "), problem.message());
        assertTrue(problem.message().contains("new java.util.Formatter("), problem.message());
    }

    @Test
    void reflectionThroughAllowedNamesIsRefused() throws IOException {
        String touch = "touch " + target();
        String chain = String.join("\n    ",
                "java.util.function.Function<Object, Class> gc = Object::getClass;",
                "Class s = gc.apply(\"\");",
                "Class c = gc.apply(s);",
                "Object runtime = c.getMethod(\"forName\", new Class[] {s}).invoke(null, "
                        + "new Object[] {\"java.lang.Runtime\"});",
                "Object r = ((Class) runtime).getMethod(\"getRuntime\", new Class[0]).invoke(null, new Object[0]);",
                "((Class) runtime).getMethod(\"exec\", new Class[] {s}).invoke(r, new Object[] {\"" + touch + "\"});");
        List<RuleSetProblem> problems = refused("reflection.drl", HEADER + rule("Reflection", "",
                "$p : Person()", "findings.add(drools, $p);\n    " + chain));
        RuleSetProblem problem = find(problems, "the action may only report the finding");
        assertEquals(FIRST_RULE_LINE + 7, problem.line(), problem.toString());
        assertTrue(problem.message().contains("java.util.function.Function"), problem.message());
    }

    @Test
    void aUnicodeEscapeThatEndsACommentIsRefused() throws IOException {
        String action = "findings.add(drools, $p); // harmless note \\u000a " + formatter("owned") + ";";
        List<RuleSetProblem> problems = refused("escape.drl", HEADER + rule("Escape", "", "$p : Person()", action));
        RuleSetProblem problem = find(problems, "'\\u' is not allowed");
        assertEquals(FIRST_RULE_LINE + 6, problem.line(), problem.toString());
        assertEquals(5 + action.indexOf("\\u"), problem.column(), problem.toString());
        assertTrue(problem.message().contains("write the character itself"), problem.message());
    }

    @Test
    void metadataThatRunsCodeIsRefusedBeforeAnythingIsCompiled() throws IOException {
        String drl = HEADER
                + rule("Note", "    @note(" + formatter("note") + ")\n", "$p : Person()", "findings.add(drools, $p);")
                + "\n"
                + rule("Title code", "    @when(" + formatter("when") + ")\n", "$p : Person()",
                "findings.add(drools, $p);");
        List<RuleSetProblem> problems = refused("metadata.drl", drl);
        RuleSetProblem note = find(problems, "@note is not a metadata name");
        assertEquals(FIRST_RULE_LINE + 3, note.line(), note.toString());
        assertEquals(5, note.column(), note.toString());
        assertTrue(note.message().startsWith("rule \"Note\": "), note.message());
        RuleSetProblem when = find(problems, "@when must be one text in double quotes");
        assertEquals(FIRST_RULE_LINE + 13, when.line(), when.toString());
        assertTrue(when.message().startsWith("rule \"Title code\": "), when.message());
    }

    @Test
    void codeInADecisionTableActionCellIsRefusedAtItsRow() throws IOException {
        Path table = rules.resolve("conditions.drl.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(table));
        // The ACTION column's template (row 9) takes the cell's text; row 12's cell carries code.
        lines.set(8, lines.get(8).replace("\"findings.add(drools, $condition);\"", "$param"));
        for (int row = 11; row <= 16; row++) {
            String action = "findings.add(drools, $condition);"
                    + (row == 12 ? " " + formatterWithoutQuotes("table") + ";" : "");
            String line = lines.get(row - 1);
            lines.set(row - 1, line.substring(0, line.lastIndexOf(",X")) + ",\"" + action + "\"");
        }
        Files.write(table, lines);
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSet.load(rules));
        List<RuleSetProblem> problems = e.problems();
        assertEquals(1, problems.size(), problems.toString());
        RuleSetProblem problem = problems.get(0);
        assertTrue(problem.file().endsWith("conditions.drl.csv"), problem.toString());
        assertEquals(12, problem.line(), problem.toString());
        assertTrue(problem.message().startsWith("rule \"Type 2 diabetes\": the action may only report the finding"),
                problem.message());
    }

    @Test
    void aJoinOnAnotherPersonIsRefused() throws IOException {
        List<RuleSetProblem> problems = refused("other.drl", HEADER + rule("Other person", "",
                "$p : Person( smoker )\n    Intake( profileId != $p.profileId, nutrient == Nutrient.CALCIUM )",
                "findings.add(drools, $p);"));
        RuleSetProblem misuse = find(problems, "profileId is only for joining facts of one person");
        assertEquals(FIRST_RULE_LINE + 5, misuse.line(), misuse.toString());
        assertEquals(13, misuse.column(), misuse.toString());
        find(problems, "Intake(...) does not join on profileId");
    }

    @Test
    void aCartesianJoinIsRefusedQuickly() throws IOException {
        List<RuleSetProblem> problems = refused("cartesian.drl", HEADER + rule("Everyone with everyone", "",
                "$a : Person( profileId != null )\n    $b : Person( profileId != null )\n"
                        + "    $c : Person( profileId != null )",
                "findings.add(drools, $a);"));
        assertEquals(FIRST_RULE_LINE + 4, find(problems, "profileId is only for joining").line());
        RuleSetProblem noJoin = find(problems, "Person(...) does not join on profileId");
        assertEquals(FIRST_RULE_LINE + 5, noJoin.line(), noJoin.toString());
    }

    @Test
    void anActionThatLoopsForeverIsRefused() throws IOException {
        List<RuleSetProblem> problems = refused("loop.drl", HEADER + rule("Loop", "", "$p : Person()",
                "findings.add(drools, $p);\n    int n = 0;\n    while (n >= 0) n++;"));
        RuleSetProblem problem = find(problems, "the action may only report the finding");
        assertEquals(FIRST_RULE_LINE + 7, problem.line(), problem.toString());
        assertTrue(problem.message().contains("'int n = 0;'"), problem.message());
    }

    @Test
    void anActionThatAllocatesWithoutBoundIsRefused() throws IOException {
        List<RuleSetProblem> problems = refused("allocate.drl", HEADER + rule("Allocate", "", "$p : Person()",
                "java.util.List<long[]> all = new java.util.ArrayList<>();\n"
                        + "    while (true) { all.add(new long[1 << 24]); }"));
        RuleSetProblem problem = find(problems, "the action may only report the finding");
        assertEquals(FIRST_RULE_LINE + 6, problem.line(), problem.toString());
    }
}
