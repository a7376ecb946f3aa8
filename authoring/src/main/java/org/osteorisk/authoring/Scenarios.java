package org.osteorisk.authoring;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.osteorisk.authoring.Scenario.ExpectedSuppression;
import org.osteorisk.authoring.Scenario.ExpectedText;
import org.osteorisk.engine.AssessmentTimeoutException;
import org.osteorisk.engine.Assessor;
import org.osteorisk.engine.PlanCoherence;
import org.osteorisk.engine.RuleEvaluationException;
import org.osteorisk.engine.RuleSet;
import org.osteorisk.engine.RunawayRuleException;
import org.osteorisk.io.CsvRow;
import org.osteorisk.io.InputFileException;
import org.osteorisk.io.ProfileCsvReader;
import org.osteorisk.io.ProfileRow;
import org.osteorisk.model.Advice;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.AssessmentStatus;
import org.osteorisk.model.Finding;
import org.osteorisk.model.RuleSetProblem;
import org.osteorisk.model.Severity;
import org.osteorisk.model.Suppression;

/**
 * A rule set's example cases, from the CSV files in its {@code scenarios/} folder. Each row is a profile in the
 * batch columns plus what its assessment must hold, each column optional and its entries separated by {@code ;}:
 * {@code expect} and {@code expect_not} (finding codes), {@code expect_status} ({@code ok} or {@code out_of_scope}),
 * {@code expect_severity} ({@code CODE:warning}), {@code expect_advice} and {@code expect_not_advice}
 * ({@code increase calcium}: advice some finding of the plan asks for, or none does), {@code expect_suppressed}
 * ({@code CODE}, {@code CODE withdrawn}, {@code CODE reworded by PRECAUTION}), {@code expect_explanation} and
 * {@code expect_recommendation} ({@code CODE: fragment}: text that finding must say, such as the number it quotes;
 * a fragment cannot contain {@code ;}, which separates entries), and an optional {@code note}; the {@code id} names
 * the case. Every case's plan is also checked for contradictions. Clinicians edit them in a spreadsheet.
 */
public final class Scenarios {

    public static final String FOLDER = "scenarios";
    static final Set<String> EXTRA_COLUMNS = Set.of("expect", "expect_not", "expect_status", "expect_severity",
            "expect_advice", "expect_not_advice", "expect_suppressed", "expect_explanation", "expect_recommendation",
            "note");
    private static final Set<String> EXPECTATIONS = Set.of("expect", "expect_not", "expect_status",
            "expect_severity", "expect_advice", "expect_not_advice", "expect_suppressed", "expect_explanation",
            "expect_recommendation");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private Scenarios() {
    }

    /**
     * Every case of the rule set, file by file, in file order.
     *
     * @throws IllegalArgumentException for the bundled rules as loaded for assessment ({@link RuleSet#bundled()}),
     *                                  which carry no cases: use {@link RuleSet#bundledSource()}, or
     *                                  {@link #of(RuleSet, Path)} with the rule set's folder
     */
    public static List<Scenario> of(RuleSet ruleSet) {
        if (ruleSet.root() == null) {
            throw new IllegalArgumentException("the bundled rules as loaded for assessment carry no example cases; "
                    + "load them with RuleSet.bundledSource(), or name the rule set's folder");
        }
        return of(ruleSet, ruleSet.root());
    }

    /** Every case in the {@code scenarios/} folder of {@code rules}, to run against {@code ruleSet}. */
    public static List<Scenario> of(RuleSet ruleSet, Path rules) {
        Path folder = rules.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Scenario> scenarios = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted().toList()) {
                String display = ruleSet.displayRoot() + "/" + FOLDER + "/" + file.getFileName();
                try {
                    scenarios.addAll(read(file, display));
                } catch (InputFileException e) {
                    scenarios.add(Scenario.broken(display, 1, "(file)", e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        return scenarios;
    }

    /** The cases in one file. */
    public static List<Scenario> read(Path file, String display) {
        List<Scenario> scenarios = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             ProfileCsvReader reader = ProfileCsvReader.open(in, display, EXTRA_COLUMNS)) {
            if (EXPECTATIONS.stream().noneMatch(c -> reader.columnIndex(c) >= 0)) {
                throw new InputFileException(display, 1, "a scenario file needs at least one of the columns "
                        + String.join(", ", new TreeSet<>(EXPECTATIONS)));
            }
            for (String warning : reader.warnings()) {
                scenarios.add(Scenario.broken(display, 1, "(header)", warning));
            }
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                scenarios.add(scenario(reader, row, display));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + display, e);
        }
        return scenarios;
    }

    private static Scenario scenario(ProfileCsvReader reader, CsvRow row, String display) {
        String name = row.id() == null ? "(no id)" : row.id();
        ProfileRow parsed = reader.parse(row);
        List<String> problems = new ArrayList<>();
        if (parsed.error() != null) {
            problems.add(parsed.error());
        }
        String status = cell(reader, row, "expect_status");
        if (status != null && !status.equals("ok") && !status.equals(AssessmentStatus.OUT_OF_SCOPE.key())) {
            problems.add("expect_status: expected ok or out_of_scope");
        }
        Map<String, String> severities = new LinkedHashMap<>();
        for (String entry : entries(reader, row, "expect_severity")) {
            String[] parts = entry.split(":", 2);
            try {
                severities.put(parts[0].trim(), Severity.parse(parts.length > 1 ? parts[1] : "").key());
            } catch (IllegalArgumentException e) {
                problems.add("expect_severity: '" + entry + "' is not CODE:info, CODE:warning or CODE:critical");
            }
        }
        List<ExpectedSuppression> suppressed = new ArrayList<>();
        for (String entry : entries(reader, row, "expect_suppressed")) {
            ExpectedSuppression expected = suppression(entry);
            if (expected == null) {
                problems.add("expect_suppressed: '" + entry + "' is not CODE [reworded|withdrawn] [by CODE]");
            } else {
                suppressed.add(expected);
            }
        }
        return new Scenario(display, row.line(), name, parsed.profile(), new LinkedHashSet<>(entries(reader, row, "expect")),
                new LinkedHashSet<>(entries(reader, row, "expect_not")), status, severities,
                advice(reader, row, "expect_advice", problems), advice(reader, row, "expect_not_advice", problems),
                suppressed, texts(reader, row, "expect_explanation", problems),
                texts(reader, row, "expect_recommendation", problems),
                problems.isEmpty() ? null : String.join("; ", problems));
    }

    /** {@code CODE: fragment} entries; a bad one is added to {@code problems}. */
    private static List<ExpectedText> texts(ProfileCsvReader reader, CsvRow row, String column, List<String> problems) {
        List<ExpectedText> texts = new ArrayList<>();
        for (String entry : entries(reader, row, column)) {
            int colon = entry.indexOf(':');
            String code = colon < 0 ? "" : entry.substring(0, colon).trim();
            String fragment = colon < 0 ? "" : entry.substring(colon + 1).trim();
            if (!CODE.matcher(code).matches() || fragment.isEmpty()) {
                problems.add(column + ": '" + entry + "' is not CODE: text (the text a finding must contain)");
            } else {
                texts.add(new ExpectedText(code, fragment));
            }
        }
        return texts;
    }

    private static String cell(ProfileCsvReader reader, CsvRow row, String column) {
        int index = reader.columnIndex(column);
        if (index < 0 || index >= row.fields().size() || row.fields().get(index).isBlank()) {
            return null;
        }
        return row.fields().get(index).trim();
    }

    private static List<String> entries(ProfileCsvReader reader, CsvRow row, String column) {
        String text = cell(reader, row, column);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    }

    /**
     * Advice entries in their normal form: {@code increase calcium} (any finding of the plan) or
     * {@code CODE: increase calcium} (that finding); a bad one is added to {@code problems}.
     */
    private static Set<String> advice(ProfileCsvReader reader, CsvRow row, String column, List<String> problems) {
        Set<String> advice = new LinkedHashSet<>();
        for (String entry : entries(reader, row, column)) {
            int colon = entry.indexOf(':');
            String code = colon < 0 ? "" : entry.substring(0, colon).trim() + ": ";
            try {
                advice.add(code + Advice.parse(entry.substring(colon + 1)).toString());
            } catch (IllegalArgumentException e) {
                problems.add(column + ": " + e.getMessage());
            }
        }
        return advice;
    }

    /** The advice part of an expected advice entry, without its finding code. */
    private static String adviceOf(String entry) {
        int colon = entry.indexOf(':');
        return colon < 0 ? entry : entry.substring(colon + 1).trim();
    }

    /** {@code CODE}, {@code CODE withdrawn}, {@code CODE reworded by OTHER}, {@code CODE by OTHER}; null if neither. */
    private static ExpectedSuppression suppression(String entry) {
        List<String> words = new ArrayList<>(Arrays.asList(entry.trim().split("\\s+")));
        String code = words.remove(0);
        String resolution = null;
        if (!words.isEmpty() && !words.get(0).equals("by")) {
            try {
                resolution = Suppression.Resolution.parse(words.remove(0)).key();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        String by = null;
        if (words.size() == 2 && words.get(0).equals("by")) {
            by = words.get(1);
        } else if (!words.isEmpty()) {
            return null;
        }
        return new ExpectedSuppression(code, resolution, by);
    }

    /** Runs one case against the assessor's rules. */
    public static ScenarioOutcome run(Assessor assessor, Scenario scenario) {
        if (scenario.error() != null) {
            return new ScenarioOutcome(scenario, Set.of(), Set.of(), List.of(), List.of(), scenario.error());
        }
        AssessmentResult result;
        try {
            result = assessor.assess(scenario.profile());
        } catch (RunawayRuleException | AssessmentTimeoutException | RuleEvaluationException e) {
            return new ScenarioOutcome(scenario, Set.of(), Set.of(), List.of(), List.of(), e.getMessage());
        }
        List<String> produced = new ArrayList<>(result.codes());
        if (result.scope() != null) {
            produced.add(0, result.scope().code());
        }
        Set<String> missing = new TreeSet<>(scenario.expect());
        missing.removeAll(produced);
        Set<String> unexpected = new TreeSet<>(scenario.expectNot());
        unexpected.retainAll(produced);
        List<String> mismatches = new ArrayList<>();
        if (scenario.expectStatus() != null && !scenario.expectStatus().equals(result.status().key())) {
            mismatches.add("status " + result.status().key() + ", expected " + scenario.expectStatus());
        }
        scenario.expectSeverity().forEach((code, severity) -> result.findings().stream()
                .filter(f -> f.code().equals(code)).findFirst()
                .filter(f -> !f.severity().key().equals(severity))
                .ifPresent(f -> mismatches.add(code + " is " + f.severity().key() + ", expected " + severity)));
        Set<String> advice = new TreeSet<>();
        for (Finding f : result.findings()) {
            f.advice().forEach(a -> {
                advice.add(a.toString());
                advice.add(f.code() + ": " + a);
            });
        }
        scenario.expectAdvice().stream().filter(a -> !advice.contains(a))
                .forEach(a -> mismatches.add("no finding asks '" + a + "'"));
        scenario.expectNotAdvice().stream().filter(advice::contains)
                .forEach(a -> mismatches.add("a finding asks '" + a + "'"));
        for (ExpectedSuppression expected : scenario.expectSuppressed()) {
            if (result.suppressed().stream().noneMatch(s -> matches(expected, s))) {
                mismatches.add("not " + (expected.resolution() == null ? "reworded or withdrawn" : expected.resolution())
                        + ": " + expected);
            }
        }
        checkTexts(result, scenario.expectExplanation(), "explanation", true, mismatches);
        checkTexts(result, scenario.expectRecommendation(), "recommendation", false, mismatches);
        PlanCoherence.contradictions(result, assessor.ruleSet().reference().adviceTargets())
                .forEach(c -> mismatches.add("contradiction: " + c));
        return new ScenarioOutcome(scenario, missing, unexpected, produced, mismatches, null);
    }

    /**
     * Checks that each named finding says what the case expects. A scope notice counts as a finding here: its reason
     * is its explanation.
     */
    private static void checkTexts(AssessmentResult result, List<ExpectedText> expected, String part,
                                   boolean explanation, List<String> mismatches) {
        for (ExpectedText e : expected) {
            String text = null;
            for (Finding f : result.findings()) {
                if (f.code().equals(e.code())) {
                    text = explanation ? f.explanation() : f.recommendation();
                }
            }
            if (text == null && result.scope() != null && result.scope().code().equals(e.code())) {
                text = explanation ? result.scope().reason() : result.scope().recommendation();
            }
            if (text == null) {
                mismatches.add("no " + e.code() + " in the plan whose " + part + " could say '" + e.fragment() + "'");
            } else if (!text.contains(e.fragment())) {
                mismatches.add(e.code() + " " + part + " does not say '" + e.fragment() + "': " + text);
            }
        }
    }

    private static boolean matches(ExpectedSuppression expected, Suppression actual) {
        return expected.code().equals(actual.code())
                && (expected.resolution() == null || expected.resolution().equals(actual.resolution().key()))
                && (expected.by() == null || expected.by().equals(actual.by()));
    }

    /**
     * Problems with the cases themselves, as {@code rules validate} reports them: a row that is not a valid profile,
     * a code no rule of the set emits.
     */
    public static List<RuleSetProblem> problems(RuleSet ruleSet) {
        Set<String> codes = new RuleCatalog(ruleSet).codes();
        List<RuleSetProblem> problems = new ArrayList<>();
        for (Scenario s : of(ruleSet)) {
            if (s.error() != null) {
                problems.add(new RuleSetProblem(s.file(), (int) s.line(), 0, "case " + s.name() + ": " + s.error()));
            }
            Set<String> named = new TreeSet<>(s.expect());
            named.addAll(s.expectNot());
            named.addAll(s.expectSeverity().keySet());
            s.expectExplanation().forEach(e -> named.add(e.code()));
            s.expectRecommendation().forEach(e -> named.add(e.code()));
            s.expectAdvice().stream().filter(a -> a.contains(":")).forEach(a -> named.add(a.substring(0, a.indexOf(':'))));
            s.expectSuppressed().forEach(e -> {
                named.add(e.code());
                if (e.by() != null) {
                    named.add(e.by());
                }
            });
            for (String advice : concat(s.expectAdvice(), s.expectNotAdvice())) {
                try {
                    ruleSet.reference().adviceTargets().check(Advice.parse(adviceOf(advice)));
                } catch (IllegalArgumentException e) {
                    problems.add(new RuleSetProblem(s.file(), (int) s.line(), 0, "case " + s.name() + ": "
                            + e.getMessage()));
                }
            }
            for (String code : named) {
                if (!codes.contains(code)) {
                    problems.add(new RuleSetProblem(s.file(), (int) s.line(), 0, "case " + s.name()
                            + ": no rule emits " + code));
                }
            }
        }
        return problems;
    }

    private static List<String> concat(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Runs every case of the rule set. */
    public static List<ScenarioOutcome> runAll(RuleSet ruleSet) {
        return runAll(ruleSet, of(ruleSet));
    }

    /** Runs the cases against the rule set. */
    public static List<ScenarioOutcome> runAll(RuleSet ruleSet, List<Scenario> cases) {
        Assessor assessor = Assessor.create(ruleSet);
        return cases.stream().map(s -> run(assessor, s)).toList();
    }
}
