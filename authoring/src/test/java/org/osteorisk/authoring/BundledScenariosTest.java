package org.osteorisk.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.osteorisk.TestRules;

/** Runs every example case of the bundled rule set (rules/scenarios/*.csv) as a test of its own. */
class BundledScenariosTest {

    /**
     * The cases each file holds. A file that loses rows (a bad merge, a spreadsheet that dropped some) fails here;
     * adding a case means adding it to this count too.
     */
    private static final Map<String, Integer> CASES_PER_FILE = Map.ofEntries(
            Map.entry("calcium.csv", 34),
            Map.entry("lifestyle-conditions.csv", 28),
            Map.entry("magnesium.csv", 30),
            Map.entry("medicines-and-conditions.csv", 31),
            Map.entry("plan-coherence.csv", 14),
            Map.entry("reference-values.csv", 93),
            Map.entry("scope.csv", 7),
            Map.entry("screening.csv", 26),
            Map.entry("vitamin-b12.csv", 39),
            Map.entry("vitamin-d.csv", 72),
            Map.entry("vitamin-k.csv", 10));

    @Test
    void everyRowOfEveryScenarioFileIsACase() throws IOException {
        Map<String, Integer> read = new TreeMap<>(Scenarios.of(TestRules.bundled(), TestRules.FOLDER).stream()
                .collect(Collectors.groupingBy(s -> Path.of(s.file()).getFileName().toString(),
                        Collectors.summingInt(s -> 1))));
        assertEquals(new TreeMap<>(CASES_PER_FILE), read);
        // Counted again with a plain CSV reader, so that a reader that skipped rows could not agree with itself.
        Map<String, Integer> rows = new TreeMap<>();
        try (Stream<Path> files = Files.list(TestRules.FOLDER.resolve(Scenarios.FOLDER))) {
            for (Path file : files.toList()) {
                try (CsvReader<?> csv = CsvReader.builder().ofCsvRecord(file)) {
                    rows.put(file.getFileName().toString(), (int) csv.stream().count() - 1);
                }
            }
        }
        assertEquals(new TreeMap<>(CASES_PER_FILE), rows);
    }

    @TestFactory
    Stream<DynamicTest> everyBundledCasePasses() {
        List<Scenario> scenarios = Scenarios.of(TestRules.bundled(), TestRules.FOLDER);
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.file() + ":" + s.line() + " " + s.name(), () -> {
            ScenarioOutcome outcome = Scenarios.run(TestRules.assessor(), s);
            assertTrue(outcome.passed(), () -> "missing " + outcome.missing() + ", unexpected " + outcome.unexpected()
                    + ", other differences " + outcome.mismatches() + ", error " + outcome.error() + "; produced "
                    + outcome.produced());
        }));
    }
}
