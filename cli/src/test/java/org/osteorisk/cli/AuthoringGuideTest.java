package org.osteorisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;
import org.osteorisk.engine.Template;
import org.osteorisk.model.Condition;
import org.osteorisk.model.Intake;
import org.osteorisk.model.Medication;
import org.osteorisk.model.Person;
import org.osteorisk.model.SupplementUse;

/**
 * docs/authoring.md must be true: its worked example (the blocks after the {@code <!-- example-... -->} markers) is
 * applied step by step to a copy of the rules, and the outputs it shows must appear.
 */
class AuthoringGuideTest {

    private static final Path GUIDE = Path.of("docs", "authoring.md");
    private static final Pattern STEP = Pattern.compile("<!-- example-([a-z-]+): ([^>]+?) -->\\s*\\n```[a-z]*\\n(.*?)```",
            Pattern.DOTALL);

    @TempDir
    Path dir;

    private record Step(String kind, String target, String block) {
    }

    private static List<Step> steps() throws IOException {
        Matcher m = STEP.matcher(Files.readString(GUIDE));
        List<Step> steps = new ArrayList<>();
        while (m.find()) {
            steps.add(new Step(m.group(1), m.group(2).trim(), m.group(3)));
        }
        return steps;
    }

    @Test
    void theWorkedExampleLoadsPassesAndTheThresholdChangeShowsAsTheGuideSays() throws IOException {
        Path rules = TestRules.copy(dir.resolve("my-rules"));
        List<Step> steps = steps();
        assertEquals(List.of("file", "file", "output", "append-row", "replace-row", "output", "replace-row"),
                steps.stream().map(Step::kind).toList(), "the guide's example steps");
        for (Step step : steps) {
            switch (step.kind()) {
                case "file":
                    Files.writeString(rules.resolve(step.target()), step.block());
                    break;
                case "replace-row":
                    replaceRows(rules.resolve(step.target()), step.block());
                    break;
                case "append-row":
                    Files.writeString(rules.resolve(step.target()), step.block(), java.nio.file.StandardOpenOption.APPEND);
                    break;
                case "output":
                    CliRun run = CliRun.run("rules", "test", rules.toString());
                    for (String line : step.block().strip().split("\n")) {
                        String expected = line.replace("my-rules/", rules + "/");
                        assertTrue(run.out().contains(expected), "guide says: " + expected + "\nbut got:\n" + run.out());
                    }
                    assertEquals(step.block().contains("FAIL ") ? 3 : 0, run.exitCode(), run.out());
                    break;
                default:
                    throw new AssertionError("unknown step " + step.kind());
            }
        }
        CliRun validate = CliRun.run("rules", "validate", rules.toString());
        assertEquals(0, validate.exitCode(), validate.out());
        assertTrue(validate.out().startsWith(rules + ": osteorisk-core 1.0.0 ("), validate.out());
        assertEquals(0, CliRun.run("rules", "test", rules.toString()).exitCode());
        CliRun explain = CliRun.run("explain", "VITAMIN_D2_FORM_NOTE", "--rules", rules.toString());
        assertTrue(explain.out().startsWith("VITAMIN_D2_FORM_NOTE: Vitamin D taken as D2 rather than D3"), explain.out());
        CliRun sedentary = CliRun.run("explain", "SEDENTARY", "--rules", rules.toString());
        assertTrue(sedentary.out().contains("exercise_min_per_week_min = 180 min/week: weight-bearing or "
                + "muscle-strengthening exercise below this is sedentary (Local exercise guideline 2026)"), sedentary.out());
    }

    /** Replaces each line of the file whose first cell matches the first cell of a block line. */
    private static void replaceRows(Path file, String block) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        for (String row : block.strip().split("\n")) {
            String key = row.substring(0, row.indexOf(',') + 1);
            int index = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(key)) {
                    index = i;
                }
            }
            assertTrue(index >= 0, file + " has no row starting " + key);
            lines.set(index, row);
        }
        Files.write(file, lines);
    }

    @Test
    void theFactTablesNameEveryField() throws IOException {
        String guide = Files.readString(GUIDE);
        for (Class<?> fact : List.of(Person.class, Intake.class, SupplementUse.class, Condition.class,
                Medication.class)) {
            assertTrue(guide.contains("**" + fact.getSimpleName() + "**"), fact.getSimpleName());
            for (RecordComponent field : fact.getRecordComponents()) {
                assertTrue(guide.contains("`" + field.getName() + "`"), fact.getSimpleName() + "." + field.getName()
                        + " is not in docs/authoring.md");
            }
        }
    }

    @Test
    void everyDocumentedVariableExists() throws IOException {
        String guide = Files.readString(GUIDE);
        String table = guide.substring(guide.indexOf("## 5. Explanation variables"), guide.indexOf("## 6."));
        Matcher variable = Pattern.compile("`(\\{[a-z0-9_.,]+})`").matcher(table);
        int count = 0;
        while (variable.find()) {
            Template.compile(variable.group(1), TestRules.bundled().reference());
            count++;
        }
        assertTrue(count > 25, "found " + count);
        assertFalse(table.isEmpty());
    }
}
