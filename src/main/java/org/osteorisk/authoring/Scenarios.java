package org.osteorisk.authoring;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.osteorisk.engine.AssessmentTimeoutException;
import org.osteorisk.engine.Assessor;
import org.osteorisk.engine.RuleSet;
import org.osteorisk.engine.RunawayRuleException;
import org.osteorisk.io.CsvRow;
import org.osteorisk.io.InputFileException;
import org.osteorisk.io.ProfileCsvReader;
import org.osteorisk.io.ProfileRow;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.RuleSetProblem;

/**
 * A rule set's example cases, from the CSV files in its {@code scenarios/} folder. Each row is a profile in the
 * batch columns plus {@code expect} and {@code expect_not} (finding codes separated by {@code ;}) and an optional
 * {@code note}; the {@code id} names the case. Clinicians edit them in a spreadsheet.
 */
public final class Scenarios {

    public static final String FOLDER = "scenarios";
    static final Set<String> EXTRA_COLUMNS = Set.of("expect", "expect_not", "note");

    private Scenarios() {
    }

    /** Every case of the rule set, file by file, in file order. */
    public static List<Scenario> of(RuleSet ruleSet) {
        Path folder = ruleSet.root().resolve(FOLDER);
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
                    scenarios.add(new Scenario(display, 1, "(file)", null, Set.of(), Set.of(), e.getMessage()));
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
            int expect = reader.columnIndex("expect");
            int expectNot = reader.columnIndex("expect_not");
            if (expect < 0 && expectNot < 0) {
                throw new InputFileException(display, 1, "a scenario file needs an expect or expect_not column");
            }
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                ProfileRow parsed = reader.parse(row);
                scenarios.add(new Scenario(display, row.line(), row.id() == null ? "(no id)" : row.id(),
                        parsed.profile(), codes(row, expect), codes(row, expectNot), parsed.error()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + display, e);
        }
        return scenarios;
    }

    private static Set<String> codes(CsvRow row, int column) {
        if (column < 0 || column >= row.fields().size()) {
            return Set.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        Arrays.stream(row.fields().get(column).split(";")).map(String::trim).filter(c -> !c.isEmpty())
                .forEach(codes::add);
        return codes;
    }

    /** Runs one case against the assessor's rules. */
    public static ScenarioOutcome run(Assessor assessor, Scenario scenario) {
        if (scenario.error() != null) {
            return new ScenarioOutcome(scenario, Set.of(), Set.of(), List.of(), scenario.error());
        }
        AssessmentResult result;
        try {
            result = assessor.assess(scenario.profile());
        } catch (RunawayRuleException | AssessmentTimeoutException e) {
            return new ScenarioOutcome(scenario, Set.of(), Set.of(), List.of(), e.getMessage());
        }
        Set<String> produced = new TreeSet<>(result.codes());
        Set<String> missing = new TreeSet<>(scenario.expect());
        missing.removeAll(produced);
        Set<String> unexpected = new TreeSet<>(scenario.expectNot());
        unexpected.retainAll(produced);
        return new ScenarioOutcome(scenario, missing, unexpected, result.codes(), null);
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
            for (String code : named) {
                if (!codes.contains(code)) {
                    problems.add(new RuleSetProblem(s.file(), (int) s.line(), 0, "case " + s.name()
                            + ": no rule emits " + code));
                }
            }
        }
        return problems;
    }

    /** Runs every case of the rule set. */
    public static List<ScenarioOutcome> runAll(RuleSet ruleSet) {
        Assessor assessor = Assessor.create(ruleSet);
        return of(ruleSet).stream().map(s -> run(assessor, s)).toList();
    }
}
