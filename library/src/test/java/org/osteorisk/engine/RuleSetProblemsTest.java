package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;
import org.osteorisk.model.RuleSetProblem;

/** A broken rule set stops loading, and every problem names its file, line and (where known) column. */
class RuleSetProblemsTest {

    @TempDir
    Path dir;

    private static final String HEADER = "package org.osteorisk.rules;\n\nimport org.osteorisk.model.*;\n\n"
            + "global org.osteorisk.engine.FindingCollector findings;\n"
            + "global org.osteorisk.reference.Thresholds thresholds;\n\n";

    private static String rule(String name, String code, String when, String then) {
        return "rule \"" + name + "\"\n"
                + "    @code(\"" + code + "\") @severity(\"warning\") @evidence(\"study\") @domain(\"test\")\n"
                + "    @sources(\"iom_2011_calcium_vitamin_d\") @advice(\"none\") @title(\"Test " + code + "\")\n"
                + "    @explanation(\"Calcium {calcium.total} mg/day.\") @recommendation(\"None.\")\n"
                + "when\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    private List<RuleSetProblem> problems(Path rules) {
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSet.load(rules));
        assertTrue(!e.problems().isEmpty());
        return e.problems();
    }

    private static RuleSetProblem only(List<RuleSetProblem> problems, String fileSuffix) {
        List<RuleSetProblem> inFile = problems.stream().filter(p -> p.file().endsWith(fileSuffix)).toList();
        assertEquals(1, inFile.size(), problems.toString());
        return inFile.get(0);
    }

    private Path withFile(String name, String text) throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        Files.writeString(rules.resolve(name), text);
        return rules;
    }

    @Test
    void syntaxErrorNamesFileAndLine() throws IOException {
        Path rules = withFile("broken.drl", HEADER + rule("Broken", "TEST_BROKEN",
                "$p : Person( age < 19", "findings.add(drools, $p);"));
        RuleSetProblem problem = only(problems(rules), "broken.drl");
        assertEquals(rules + "/broken.drl", problem.file());
        assertTrue(problem.line() >= 12 && problem.line() <= 14, problem.toString());
        assertTrue(problem.toString().startsWith(rules + "/broken.drl:" + problem.line() + ":"), problem.toString());
    }

    @Test
    void unknownFactFieldNamesTheFieldAndTheFieldsThatExist() throws IOException {
        Path rules = withFile("unknown.drl", HEADER + rule("Unknown field", "TEST_FIELD",
                "$p : Person( agee < 19 )", "findings.add(drools, $p);"));
        RuleSetProblem problem = only(problems(rules), "unknown.drl");
        assertEquals(13, problem.line(), problem.toString());
        assertEquals(18, problem.column(), problem.toString());
        assertTrue(problem.message().startsWith("rule \"Unknown field\": Person has no field 'agee'; its fields are: "
                + "profileId, age, sex"), problem.message());
    }

    @Test
    void missingCodeAndSeverityAreReported() throws IOException {
        Path rules = withFile("bare.drl", HEADER + "rule \"Bare\"\n    @title(\"x\")\nwhen\n    $p : Person()\n"
                + "then\n    findings.add(drools, $p);\nend\n");
        RuleSetProblem problem = only(problems(rules), "bare.drl");
        assertEquals(8, problem.line());
        assertTrue(problem.message().contains("missing @code, @severity, @evidence, @sources, @domain"),
                problem.message());
    }

    @Test
    void badSeverityAndEvidenceValuesAreRefused() throws IOException {
        Path rules = withFile("values.drl", HEADER + rule("Values", "TEST_VALUES", "$p : Person()",
                "findings.add(drools, $p);").replace("\"warning\"", "\"urgent\"").replace("\"study\"", "\"anecdote\""));
        List<RuleSetProblem> problems = problems(rules).stream().filter(p -> p.file().endsWith("values.drl")).toList();
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("@severity: expected info, warning or critical")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("@evidence: expected guideline, study or opinion")),
                problems.toString());
    }

    @Test
    void forbiddenCallIsRefusedWithLineAndColumn() throws IOException {
        Path rules = withFile("exit.drl", HEADER + rule("Exit", "TEST_EXIT", "$p : Person()",
                "System.exit(1);"));
        RuleSetProblem problem = only(problems(rules), "exit.drl");
        assertEquals(15, problem.line());
        assertEquals(5, problem.column());
        assertTrue(problem.message().startsWith("rule \"Exit\": the action may only report the finding, as "
                + "findings.add(drools, $fact);"), problem.message());
        assertTrue(problem.message().contains("found: 'System.exit(1);'"), problem.message());
    }

    @Test
    void fileAndReflectionAccessAndForeignImportsAreRefused() throws IOException {
        Path rules = withFile("io.drl", HEADER.replace("import org.osteorisk.model.*;",
                "import org.osteorisk.model.*;\nimport java.nio.file.Files;") + rule("Io", "TEST_IO", "$p : Person()",
                "Object o = $p.getClass(); new java.io.File(\"x\").delete();"));
        List<String> messages = problems(rules).stream().filter(p -> p.file().endsWith("io.drl"))
                .map(RuleSetProblem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("import not allowed: java.nio.file.Files")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("the action may only report the finding")
                && m.contains("found: 'Object o = $p.getClass(); new java.io.File")), messages.toString());
    }

    @Test
    void aCodeReusedWithAnotherMeaningIsRefused() throws IOException {
        Path rules = withFile("dup.drl", HEADER + rule("Another calcium rule", "CALCIUM_BELOW_RDA",
                "$p : Person()", "findings.add(drools, $p);"));
        RuleSetProblem problem = only(problems(rules), "dup.drl");
        assertTrue(problem.message().contains("reuses code CALCIUM_BELOW_RDA of rule \"Calcium below the RDA\""),
                problem.message());
        assertTrue(problem.message().contains("@title"), problem.message());
    }

    @Test
    void duplicateRuleNamesAcrossFilesAreRefused() throws IOException {
        Path rules = withFile("same-name.drl", HEADER + rule("Smoking", "TEST_SMOKING", "$p : Person()",
                "findings.add(drools, $p);"));
        assertTrue(problems(rules).stream().anyMatch(p -> p.message().contains("\"Smoking\" is already defined")));
    }

    @Test
    void unknownThresholdAndTemplateVariableAreReported() throws IOException {
        Path rules = withFile("names.drl", HEADER + rule("Names", "TEST_NAMES",
                "$p : Person( sodaPerDay > thresholds.value(\"sodas\") )", "findings.add(drools, $p);")
                .replace("{calcium.total}", "{calcium.totl}"));
        List<String> messages = problems(rules).stream().filter(p -> p.file().endsWith("names.drl"))
                .map(RuleSetProblem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("no threshold named sodas")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("unknown template variable {calcium.totl}")),
                messages.toString());
    }

    @Test
    void aRuleMatchingTwoFactsMustJoinThemOnTheProfileId() throws IOException {
        Path rules = withFile("join.drl", HEADER + rule("No join", "TEST_JOIN",
                "$p : Person( smoker )\n    Intake( nutrient == Nutrient.CALCIUM, total < rda )",
                "findings.add(drools, $p);"));
        RuleSetProblem problem = only(problems(rules), "join.drl");
        assertTrue(problem.message().contains("Intake(...) does not join on profileId"), problem.message());
    }

    @Test
    void badDataCellNamesFileLineAndColumn() throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        TestRules.edit(rules.resolve("reference/intakes.csv"), "calcium,mg,female,51,70,1000,1200,2000",
                "calcium,mg,female,51,70,1000,lots,2000");
        RuleSetProblem problem = only(problems(rules), "reference/intakes.csv");
        assertEquals(8, problem.line());
        assertEquals(7, problem.column());
        assertEquals("rda: not a number", problem.message());
    }

    @Test
    void overlappingBandsAndMissingThresholdsAreReported() throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        TestRules.edit(rules.resolve("reference/intakes.csv"), "calcium,mg,any,71,,", "calcium,mg,any,70,,");
        TestRules.edit(rules.resolve("reference/thresholds.csv"), "tscore_osteoporosis_max", "tscore_osteoporosis");
        List<RuleSetProblem> problems = problems(rules);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("overlaps an earlier calcium band")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("missing threshold tscore_osteoporosis_max")),
                problems.toString());
    }

    @Test
    void badDecisionTableCellNamesTheTableAndRow() throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        TestRules.edit(rules.resolve("conditions.drl.csv"), "Type 2 diabetes,type2_diabetes,DIABETES_BONE_VASCULAR,info",
                "Type 2 diabetes,type2_diabetes,DIABETES_BONE_VASCULAR,severe");
        RuleSetProblem problem = only(problems(rules), "conditions.drl.csv");
        assertEquals(12, problem.line(), problem.toString());
        assertTrue(problem.message().contains("@severity: expected info, warning or critical"), problem.message());
    }

    @Test
    void badDecisionTableConditionIsACompileErrorAtItsRow() throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        TestRules.edit(rules.resolve("conditions.drl.csv"), "\"name == \"\"$param\"\"\"", "\"nmae == \"\"$param\"\"\"");
        List<RuleSetProblem> problems = problems(rules);
        assertTrue(problems.stream().allMatch(p -> p.file().endsWith("conditions.drl.csv")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.line() == 11 && p.message().contains("Condition has no field 'nmae'")),
                problems.toString());
    }

    @Test
    void aDecisionTableWithTheWrongNameIsReportedNotIgnored() throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        Files.move(rules.resolve("conditions.drl.csv"), rules.resolve("conditions.csv"));
        RuleSetProblem problem = only(problems(rules), "conditions.csv");
        assertTrue(problem.message().contains("must be named *.drl.csv or *.drl.xlsx"), problem.message());
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() throws IOException {
        Path rules = withFile("one.drl", HEADER + rule("One", "TEST_ONE", "$p : Person( agee < 1 )",
                "findings.add(drools, $p);"));
        Files.writeString(rules.resolve("two.drl"), HEADER + rule("Two", "TEST_TWO", "$p : Person( sexx == null )",
                "findings.add(drools, $p);"));
        TestRules.edit(rules.resolve("reference/thresholds.csv"), "soda_per_day_min,1,", "soda_per_day_min,one,");
        List<RuleSetProblem> problems = problems(rules);
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("one.drl")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("two.drl")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("thresholds.csv")), problems.toString());
    }

    @Test
    void aFolderWithoutManifestOrRulesIsRefused() {
        List<RuleSetProblem> problems = problems(dir);
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("ruleset.properties")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("intakes.csv")), problems.toString());
    }
}
