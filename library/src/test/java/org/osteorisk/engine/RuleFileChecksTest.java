package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.osteorisk.TestRules;
import org.osteorisk.model.Profile;
import org.osteorisk.model.RuleSetProblem;
import org.osteorisk.model.Sex;
import org.osteorisk.reference.ProblemList;
import org.osteorisk.reference.Threshold;
import org.osteorisk.reference.Thresholds;

/**
 * The allowlist, construct by construct: what a rule file may not hold is refused with its line and a message
 * that says what to write instead; what it may hold is accepted, compiles and runs.
 */
class RuleFileChecksTest {

    private static final String HEADER = """
            package org.osteorisk.rules;

            import org.osteorisk.model.*;

            global org.osteorisk.engine.FindingCollector findings;
            global org.osteorisk.reference.Thresholds thresholds;
            """;
    /** A rule after HEADER starts on line 7; its metadata takes lines 8 and 9. */
    private static final String METADATA = """
                @code("TEST_RULE") @severity("info") @evidence("study") @domain("test") @sources("test")
                @title("Test") @explanation("Test.") @recommendation("None.")
            """;
    private static final Thresholds THRESHOLDS = new Thresholds(List.of(
            new Threshold("soda_per_day_min", 1, "drinks/day", "test", "test")));

    @TempDir
    Path dir;

    private static List<RuleSetProblem> check(String drl) {
        ProblemList problems = new ProblemList();
        RuleFileChecks.Checked checked = RuleFileChecks.check(RuleSource.drl("test.drl", "test.drl", drl), THRESHOLDS,
                problems);
        assertEquals(problems.isEmpty(), checked.allowed(), problems.all().toString());
        return problems.all();
    }

    /** A rule named "Test": metadata, then each condition on a line of its own, then the action. */
    private static String ruleWith(String extraMetadata, String action, String... conditions) {
        return "rule \"Test\"\n" + METADATA + extraMetadata + "when\n"
                + String.join("", Stream.of(conditions).map(c -> "    " + c + "\n").toList())
                + "then\n    " + action + "\nend\n";
    }

    private static String rule(String... conditions) {
        return ruleWith("", "findings.add(drools, $p);", conditions);
    }

    private static void assertRefused(String drl, int line, String fragment) {
        List<RuleSetProblem> problems = check(drl);
        assertTrue(problems.stream().anyMatch(p -> p.line() == line && p.message().contains(fragment)),
                "expected line " + line + ": '" + fragment + "' in " + problems);
        assertTrue(problems.stream().allMatch(p -> p.file().equals("test.drl") && p.line() > 0), problems.toString());
    }

    static Stream<Arguments> packageLevel() {
        return Stream.of(
                Arguments.of("function void f() { System.exit(1); }", "function f is not allowed"),
                Arguments.of("declare Foo\n x : int\nend", "'declare' is not allowed"),
                Arguments.of("query people()\n Person()\nend", "queries are not allowed"),
                Arguments.of("import function java.lang.System.exit;", "import not allowed: java.lang.System.exit"),
                Arguments.of("import static java.lang.Math.max;", "import not allowed: java.lang.Math.max"),
                Arguments.of("import java.util.List;", "import not allowed: java.util.List"),
                Arguments.of("import java.util.*;", "import not allowed: java.util.*"),
                Arguments.of("import org.osteorisk.engine.Assessor;", "import not allowed: org.osteorisk.engine"),
                Arguments.of("import accumulate org.example.Sum mysum;", "'import accumulate' is not allowed"),
                Arguments.of("global java.util.List list;", "global not allowed: list"),
                Arguments.of("global org.osteorisk.reference.Thresholds findings;", "global not allowed: findings"),
                Arguments.of("dialect \"mvel\"", "'dialect' is not allowed"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("packageLevel")
    void packageLevelDeclarationsAreRefused(String declaration, String message) {
        assertRefused(HEADER + declaration + "\n" + rule("$p : Person()"), 7, message);
    }

    @Test
    void aPackageInsideTheLibrariesIsRefused() {
        assertRefused(HEADER.replace("org.osteorisk.rules", "java.lang"), 1, "package java.lang is not allowed");
        assertRefused(HEADER.replace("org.osteorisk.rules", "org.osteorisk.engine"), 1,
                "package org.osteorisk.engine is not allowed");
        assertTrue(check(HEADER.replace("org.osteorisk.rules", "org.osteorisk.rules.local") + rule("$p : Person()"))
                .isEmpty());
    }

    static Stream<Arguments> ruleLevel() {
        return Stream.of(
                Arguments.of("    salience 10\n", "'salience' is not allowed"),
                Arguments.of("    no-loop\n", "'no-loop' is not allowed"),
                Arguments.of("    enabled true\n", "'enabled' is not allowed"),
                Arguments.of("    agenda-group \"x\"\n", "'agenda-group' is not allowed"),
                Arguments.of("    timer (int: 1s)\n", "'timer' is not allowed"),
                Arguments.of("    duration (100)\n", "'duration' is not allowed"),
                Arguments.of("    date-effective \"01-Jan-2020\"\n", "'date-effective' is not allowed"),
                Arguments.of("    dialect \"mvel\"\n", "'dialect' is not allowed"),
                Arguments.of("    @note(\"x\")\n", "@note is not a metadata name; the names are @code, "),
                Arguments.of("    @when(\"a\" + \"b\")\n", "@when must be one text in double quotes"),
                Arguments.of("    @when(java.lang.System.getProperty(\"user.home\"))\n",
                        "@when must be one text in double quotes"),
                Arguments.of("    @when(value = \"x\", other = \"y\")\n", "@when must be one text in double quotes"),
                Arguments.of("    @when\n", "@when must be one text in double quotes"),
                Arguments.of("    @title(\"Twice\")\n", "@title is given more than once"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("ruleLevel")
    void attributesAndMetadataOtherThanTextAreRefused(String line, String message) {
        List<RuleSetProblem> problems = check(HEADER + ruleWith(line, "findings.add(drools, $p);", "$p : Person()"));
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("rule \"Test\": ")
                && p.message().contains(message) && p.line() >= 7 && p.line() <= 11), problems.toString());
    }

    @Test
    void everyKnownMetadataNameIsAllowed() {
        StringBuilder optional = new StringBuilder();
        for (String name : List.of("when", "exclusive", "advice", "cautiousRecommendation", "cautiousAdvice")) {
            optional.append("    @").append(name).append("(\"text with \\\"quotes\\\" and \\\\\")\n");
        }
        assertEquals(List.of(), check(HEADER + ruleWith(optional.toString(), "findings.add(drools, $p);",
                "$p : Person()")));
        assertTrue(RuleMetadata.ALLOWED.containsAll(RuleMetadata.REQUIRED));
    }

    static Stream<Arguments> conditions() {
        return Stream.of(
                Arguments.of("eval(true)", "eval(...) runs code"),
                Arguments.of("$i : Intake() from $p.getClass()", "from is not allowed"),
                Arguments.of("$n : Number() from accumulate(Intake(profileId == $p.profileId, $t : total), sum($t))",
                        "accumulate(...) is not allowed"),
                Arguments.of("$l : java.util.List() from collect(Intake(profileId == $p.profileId))",
                        "collect(...) is not allowed"),
                Arguments.of("forall(Intake(profileId == $p.profileId))", "forall(...) is not allowed"),
                Arguments.of("Intake(profileId == $p.profileId) from entry-point \"elsewhere\"",
                        "from entry-point is not allowed"),
                Arguments.of("Intake(profileId == $p.profileId) over window:time(1m)", "windows"),
                Arguments.of("Intake(profileId == $p.profileId) @watch(total)", "annotations on a fact"),
                Arguments.of("Intake(profileId == $p.profileId, nutrient.name().length() > 2)", "calls a method"),
                Arguments.of("Intake(profileId == $p.profileId, total > new java.math.BigDecimal(1).doubleValue())",
                        "creates an object ('new')"),
                Arguments.of("Intake(profileId == $p.profileId, (Object) total != null)", "a type cast or call"),
                Arguments.of("Intake(profileId == $p.profileId, total > ((java.util.function.Supplier) () -> 1).get())",
                        "no viable alternative"),
                Arguments.of("Intake(profileId == $p.profileId, java.lang.Runtime::getRuntime != null)",
                        "mismatched input ':'"),
                Arguments.of("Intake(profileId == $p.profileId, new int[] {1}[0] > 0)", "arrays and indexes ('[')"),
                Arguments.of("Intake(profileId == $p.profileId, this != null)", "Intake has no field 'this'"),
                Arguments.of("Intake(profileId == $p.profileId, totl < rda)", "Intake has no field 'totl'; its fields"),
                Arguments.of("Intake(profileId == $p.profileId, nutrient == Nutrient.IRON)",
                        "Nutrient has no constant IRON"),
                Arguments.of("Intake(profileId == $p.profileId, nutrient == java.lang.System.out)",
                        "is neither a field of Intake nor a constant"),
                Arguments.of("Intake(profileId == $p.profileId, nutrient.declaringClass != null)",
                        "a field's own fields and methods are not available"),
                Arguments.of("Profile(id != null)", "'Profile' is not a fact of the model"),
                Arguments.of("java.io.File(path != null)", "'java.io.File' is not a fact of the model"),
                Arguments.of("$c : /conditions[name == \"ckd\"]", "is not a fact of the model"),
                Arguments.of("Condition(\"ckd\"; profileId == $p.profileId)", "positional values"),
                Arguments.of("Condition(profileId == $p.profileId, name matches \"c.*\")", "unexpected 'matches'"),
                Arguments.of("Condition(profileId == $p.profileId, name str[startsWith] \"c\")", "arrays and indexes"),
                Arguments.of("Condition(profileId == $p.profileId, name memberOf $p.diet)", "unexpected 'memberOf'"),
                Arguments.of("Condition(profileId == $p.profileId, name soundslike \"ckd\")", "unexpected 'soundslike'"),
                Arguments.of("Condition(profileId == $p.profileId, name instanceof String)", "unexpected 'instanceof'"),
                Arguments.of("Condition(profileId == $p.profileId, this after $p)", "unexpected 'after'"),
                Arguments.of("Condition(profileId == $p.profileId, $n := name)", "':=' is not allowed"),
                Arguments.of("Intake(profileId == $p.profileId, total > 3 && < 10)",
                        "write both sides of each comparison"),
                Arguments.of("Intake(profileId == $p.profileId, total > 1 ||\n    // comment\n    rda > 1)",
                        "a comment inside a fact's brackets"),
                Arguments.of("Intake(profileId == $p.profileId, total > 1 # comment\n    )", "mismatched input '#'"),
                Arguments.of("Intake(profileId == $p.profileId, total == $p)", "$p is a whole Person"),
                Arguments.of("Intake(profileId == $p.profileId, total > $q.age)", "unknown variable $q"),
                Arguments.of("Intake(profileId == $p.profileId, total > 010)", "a number may not start with 0"),
                Arguments.of("Intake(profileId == $p.profileId, total > thresholds.value(\"sodas\"))",
                        "no threshold named sodas"),
                Arguments.of("Intake(profileId == $p.profileId, total > thresholds.value(\"soda_per_day_min\")"
                        + ".doubleValue())", "only a name may follow '.'"),
                Arguments.of("Intake(profileId == $p.profileId, nutrient in (Nutrient.CALCIUM, $p.diet))",
                        "the list after 'in' holds fixed values only"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("conditions")
    void conditionsBeyondFieldComparisonsAreRefused(String condition, String message) {
        List<RuleSetProblem> problems = check(HEADER + rule("$p : Person()", condition));
        // Drools' parser refuses some outright: its messages end with the rule's name instead.
        assertTrue(problems.stream().anyMatch(p -> (p.message().startsWith("rule \"Test\": ")
                || p.message().endsWith(" in rule \"Test\"")) && p.message().contains(message)
                && p.line() >= 12 && p.line() <= 14), problems.toString());
    }

    static Stream<Arguments> joins() {
        return Stream.of(
                Arguments.of(new String[] {"$p : Person()", "Intake(profileId != $p.profileId)"},
                        "profileId is only for joining"),
                Arguments.of(new String[] {"$p : Person()", "Intake(nutrient == Nutrient.CALCIUM)"},
                        "Intake(...) does not join on profileId"),
                Arguments.of(new String[] {"$p : Person()", "Intake(profileId == $p.profileId || total > 1)"},
                        "profileId is only for joining"),
                Arguments.of(new String[] {"$p : Person(profileId == \"p1\")"}, "profileId is only for joining"),
                Arguments.of(new String[] {"$p : Person(profileId == $p.profileId)"},
                        "the first fact of a rule has no earlier fact to join"),
                Arguments.of(new String[] {"$p : Person($id : profileId)"}, "profileId is only for joining"),
                Arguments.of(new String[] {"$p : Person()", "Intake(profileId == $q.profileId)"},
                        "$q is not a fact named earlier"),
                Arguments.of(new String[] {"$p : Person($a : age)", "Intake(profileId == $a)"},
                        "Intake(...) does not join on profileId"),
                Arguments.of(new String[] {"$p : Person()", "not Intake($i : profileId == $p.profileId)"},
                        "Intake(...) does not join on profileId"),
                Arguments.of(new String[] {"$p : Person()", "Intake(profileId == $p.profileId)",
                        "Intake(profileId == $i.profileId)"}, "$i is not a fact named earlier"),
                Arguments.of(new String[] {"not Condition(name == \"ckd\")", "$p : Person()"},
                        "start the rule with a fact it matches"),
                Arguments.of(new String[] {"$p : Person()", "not $c : Condition(profileId == $p.profileId)",
                        "Medication(profileId == $c.profileId)"}, "$c is not a fact named earlier"),
                Arguments.of(new String[] {"$p : Person(profileId != null)", "$q : Person(profileId != null)"},
                        "Person(...) does not join on profileId"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("joins")
    void factsJoinOnOnePersonOnly(String[] conditions, String message) {
        List<RuleSetProblem> problems = check(HEADER + rule(conditions));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains(message)), problems.toString());
    }

    @Test
    void tooManyFactsInOneRuleAreRefused() {
        String[] conditions = new String[ConditionChecks.MAX_FACTS + 1];
        conditions[0] = "$p : Person()";
        for (int i = 1; i < conditions.length; i++) {
            conditions[i] = "Intake(profileId == $p.profileId)";
        }
        assertRefused(HEADER + rule(conditions), 11 + ConditionChecks.MAX_FACTS, "more than 10 facts in one rule");
    }

    static Stream<Arguments> actions() {
        return Stream.of(
                Arguments.of("", "the action is empty"),
                Arguments.of("insert(new Condition($p.profileId(), \"x\", false));", "may only report the finding"),
                Arguments.of("modify($p) { }", "may only report the finding"),
                Arguments.of("drools.halt();", "may only report the finding"),
                Arguments.of("findings.add(kcontext, $p);", "may only report the finding"),
                Arguments.of("findings.add(drools, $p)", "may only report the finding"),
                Arguments.of("findings.add(drools, $p); findings.add(drools, $p.getClass());",
                        "may only report the finding"),
                Arguments.of("findings.add(drools, $c);", "$c is not a fact this rule matched outside not"),
                Arguments.of("findings.add(drools, $age);", "$age is not a fact this rule matched"),
                Arguments.of("findings.add(drools, $p); /* unclosed", "mismatched input '<eof>'"),
                Arguments.of("findings.add(drools, $p); # hash", "may only report the finding"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("actions")
    void anActionOnlyReportsAFinding(String action, String message) {
        List<RuleSetProblem> problems = check(HEADER + ruleWith("", action, "$p : Person($age : age)",
                "not $c : Condition(profileId == $p.profileId)"));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains(message) && p.line() >= 13),
                problems.toString());
    }

    @Test
    void ruleInheritanceAndNamedConsequencesAreRefused() {
        String base = rule("$p : Person()");
        assertRefused(HEADER + base + base.replace("rule \"Test\"", "rule \"Child\" extends \"Test\"")
                .replace("TEST_RULE", "TEST_CHILD"), 15, "'extends' is not allowed");
        assertRefused(HEADER + ruleWith("", "findings.add(drools, $p);\nthen[other]\n    findings.add(drools, $p);",
                "$p : Person()"), 7, "named consequences (then[name]) are not allowed");
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLine() {
        List<RuleSetProblem> problems = check(HEADER + rule("$p : Person( age > )"));
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().allMatch(p -> p.line() == 11), problems.toString());
    }

    /** Everything the allowlist allows, in one rule set: it loads, compiles and fires. */
    @Test
    void everythingTheAllowlistAllowsLoadsAndRuns() throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        Files.writeString(rules.resolve("allowed.drl"), """
                // A comment
                package org.osteorisk.rules;

                import org.osteorisk.model.Person;
                import org.osteorisk.model.*;

                global org.osteorisk.engine.FindingCollector findings;
                global org.osteorisk.reference.Thresholds thresholds;

                /* A block comment */
                rule "Everything allowed"
                    @code("TEST_ALLOWED") @severity("info") @evidence("study") @domain("test")
                    @sources("iom_2011_calcium_vitamin_d")
                    @title("Everything allowed") @when("everything") @explanation("All of it, with \\"quotes\\".")
                    @recommendation("None.") @advice("increase calcium") @cautiousRecommendation("Careful.")
                    @cautiousAdvice("review calcium") @exclusive("false")
                when
                    $p : Person( sex == Sex.FEMALE, female, !male, age >= 50 && age < 90 || age == null,
                                 diet in (Diet.VEGAN, Diet.VEGETARIAN), boneStatus not in (BoneStatus.NORMAL),
                                 $age : age, -(weightKg - 2 * 10) / 2 < -1, !(smoker),
                                 sodaPerDay >= thresholds.value("soda_per_day_min") )
                    $ca : Intake( profileId == $p.profileId && nutrient == Nutrient.CALCIUM,
                                  total != null, total * 1.5E0 < rda + 100, $total : total )
                    exists ( Intake( profileId == $p.profileId, nutrient == Nutrient.MAGNESIUM, total < $total )
                             or Intake( profileId == $ca.profileId, nutrient == Nutrient.VITAMIN_D, total < rda ) )
                    not ( SupplementUse( profileId == $p.profileId, form == "k2" )
                          and Medication( profileId == $p.profileId, drugClass in ("bisphosphonate", "denosumab") ) )
                    not Condition( profileId == $p.profileId, name == 'ckd', $age > 100 || recognised )
                then
                    // report it twice: the finding is reported once
                    findings.add(drools, $p);
                    findings.add(drools, /* the intake */ $ca);
                end
                """);
        RuleSet loaded = RuleSet.load(rules);
        Profile profile = Profile.builder("allowed").age(60).sex(Sex.FEMALE).diet(org.osteorisk.model.Diet.VEGAN)
                .weightKg(40.0).sodaPerDay(2.0).intake(org.osteorisk.model.Nutrient.CALCIUM, 300.0)
                .intake(org.osteorisk.model.Nutrient.MAGNESIUM, 100.0).build();
        assertTrue(Assessor.create(loaded).assess(profile).has("TEST_ALLOWED"));
        assertEquals("All of it, with \"quotes\".", loaded.definitionsOf("TEST_ALLOWED").get(0).explanation()
                .source());
    }
}
