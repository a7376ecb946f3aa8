package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
import org.osteorisk.model.RuleSetProblem;
import org.osteorisk.model.Sex;

/**
 * Mutates the bundled rule files at random (on a fixed seed) by deleting, repeating and
 * replacing tokens and by splicing in hostile fragments, and loads each result as a rule set. Every load either
 * succeeds or is refused with problems that name the file and a line; it never fails another way, never runs
 * code (the hostile fragments would write a sentinel file, at load or at assessment), and never takes long.
 */
class RuleFileFuzzTest {

    /** Fixed, so that a failure is reproducible; -Dosteorisk.fuzzSeed=N -Dosteorisk.fuzzCases=M explore further. */
    private static final long SEED = Long.getLong("osteorisk.fuzzSeed", 20_261_123L);
    private static final int CASES = Integer.getInteger("osteorisk.fuzzCases", 300);
    private static final Duration PER_CASE = Duration.ofSeconds(15);
    private static final Pattern TOKEN =
            Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|[A-Za-z_$][A-Za-z0-9_]*|[0-9]+(?:\\.[0-9]+)?|\\s+|.");

    @TempDir
    Path dir;

    /** Fragments that run code if they ever get through, and pieces of syntax that confuse readers. */
    private static List<String> hostile(String sentinel) {
        String write = "new java.util.Formatter(\"" + sentinel + "\").format(\"x\").close()";
        String create = "new java.io.File(\"" + sentinel + "\").createNewFile()";
        return List.of(
                write + ";", "@note(" + write + ")", "@when(" + write + ")", "eval(" + create + ")",
                "// \\u000a " + write + ";", "java.lang.Runtime.getRuntime().exec(\"touch " + sentinel + "\");",
                "salience (" + create + " ? 1 : 0)", "enabled (" + create + ")",
                "function void f() { " + create + "; }", "Person( " + create + " )",
                "$x : Person() from " + create, "profileId != $p.profileId", "Person( profileId != null )",
                "insert(new Condition(\"x\", \"y\", false));", "while (true) { }", "findings.add(drools, $p);",
                "then", "end", "when", "rule \"Fuzz\"", "\"", "(", ")", "{", "}", ";", ",", "$p", "/*", "*/", "//",
                "\\u0022", "#", "@code(\"FUZZ\")", "thresholds.value(\"soda_per_day_min\")", "Nutrient.CALCIUM",
                "&&", "||", "not", "exists", "or", "import java.io.*;", "global java.util.List list;",
                "declare Fuzz end", "dialect \"mvel\"", ".getClass()", "::", "->", "[0]", "'", "\\", "@",
                "accumulate( Intake(), count(1) )", "from entry-point \"x\"", "over window:time(1m)", "in (1, 2)",
                "== $p.profileId", "query q() end", "extends \"Smoking\"", "then[x]", "do[x]", "\n");
    }

    @Test
    void mutatedRuleFilesLoadOrAreRefusedWithFileAndLineAndNeverRunCode() throws IOException {
        Path sentinel = dir.resolve("owned.txt");
        List<String> fragments = hostile(sentinel.toString().replace('\\', '/'));
        Path bundled = TestRules.copy(dir.resolve("bundled"));
        List<Path> seeds;
        try (Stream<Path> files = Files.list(bundled)) {
            seeds = files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        }
        Random random = new Random(SEED);
        Profile profile = Profile.builder("fuzz").age(70).sex(Sex.FEMALE).postmenopausal(true).smoker(true)
                .weightKg(50.0).sodaPerDay(2.0).intake(Nutrient.CALCIUM, 500.0).intake(Nutrient.VITAMIN_D, 100.0)
                .condition("ckd").medication("prednisone").build();
        int loaded = 0;
        long started = System.nanoTime();
        for (int n = 0; n < CASES; n++) {
            Path seed = seeds.get(random.nextInt(seeds.size()));
            String mutated = mutate(Files.readString(seed), fragments, random);
            Path rules = ruleSet(bundled, n, seed.getFileName().toString(), mutated);
            String name = "case " + n + " (" + seed.getFileName() + ", seed " + SEED + ")";
            boolean ok = assertTimeoutPreemptively(PER_CASE, () -> load(rules, profile, name, mutated), name);
            loaded += ok ? 1 : 0;
            assertFalse(Files.exists(sentinel), name + " ran code:\n" + mutated);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        // Both outcomes must occur, or the mutations are too weak (or too strong) to test anything.
        assertTrue(loaded > 0 && loaded < CASES, loaded + " of " + CASES + " loaded in " + seconds + " s");
        System.err.printf("fuzz: %d cases, %d loaded, %d refused, %d s%n", CASES, loaded, CASES - loaded, seconds);
    }

    /** True when the rule set loaded (and assessed without running code); false when refused as it should be. */
    private static boolean load(Path rules, Profile profile, String name, String mutated) {
        RuleSet ruleSet;
        try {
            ruleSet = RuleSet.load(rules);
        } catch (RuleSetException e) {
            assertFalse(e.problems().isEmpty(), name);
            for (RuleSetProblem problem : e.problems()) {
                assertTrue(problem.file().startsWith(rules.toString() + "/") && problem.line() > 0
                        && !problem.message().isBlank(), name + ": " + problem + "\n" + mutated);
            }
            return false;
        } catch (RuntimeException | Error e) {
            return fail(name + " failed with " + e + "\n" + mutated, e);
        }
        try {
            Assessor.create(ruleSet, 64, Duration.ofSeconds(5)).assess(profile);
        } catch (RuntimeException e) {
            // A rule set that loads may still fail on a profile (a division by zero, say): not this test's concern.
        }
        return true;
    }

    /**
     * A rule set folder: the bundled manifest and reference data, and the one mutated rule file. The precedence table
     * keeps the rows of the codes the file still names, since a precaution must be a code of the rule set.
     */
    private Path ruleSet(Path bundled, int n, String file, String drl) throws IOException {
        Path rules = dir.resolve("case-" + n);
        Files.createDirectories(rules.resolve("reference"));
        Files.copy(bundled.resolve("ruleset.properties"), rules.resolve("ruleset.properties"));
        try (Stream<Path> reference = Files.list(bundled.resolve("reference"))) {
            for (Path f : reference.toList()) {
                Files.copy(f, rules.resolve("reference").resolve(f.getFileName()));
            }
        }
        Path precautions = rules.resolve("reference").resolve("precautions.csv");
        List<String> rows = Files.readAllLines(precautions).stream()
                .filter(row -> row.startsWith("#") || row.startsWith("code,")
                        || drl.contains("\"" + row.substring(0, Math.max(0, row.indexOf(','))) + "\""))
                .toList();
        Files.write(precautions, rows);
        Files.writeString(rules.resolve(file), drl);
        return rules;
    }

    /** One to three edits: delete, repeat or replace a token, or splice in a hostile fragment. */
    static String mutate(String text, List<String> fragments, Random random) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(tokens.size());
            switch (random.nextInt(4)) {
                case 0 -> tokens.remove(at);
                case 1 -> tokens.add(at, tokens.get(random.nextInt(tokens.size())));
                case 2 -> tokens.set(at, tokens.get(random.nextInt(tokens.size())));
                default -> tokens.add(at, " " + fragments.get(random.nextInt(fragments.size())) + " ");
            }
        }
        return String.join("", tokens);
    }
}
