package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osteorisk.TestRules;
import org.osteorisk.authoring.Scenario;
import org.osteorisk.authoring.Scenarios;
import org.osteorisk.model.Evidence;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Sex;
import org.osteorisk.reference.ReferenceIntake;
import org.osteorisk.reference.ReferenceIntakeTable;

/**
 * The rule catalogue (docs/rule-catalogue.md) is the contract: every code of its signal tables, with its severities and
 * evidence, is in the bundled rules and nowhere else, and its table of reference intakes is what intakes.csv holds.
 * The tables are read from the document itself, so the document and the rules cannot drift apart.
 */
class CatalogueCoverageTest {

    private static final Path CATALOGUE = Path.of("docs", "rule-catalogue.md");
    /** {@code | CODE | fires when | severity | evidence | sources |} */
    private static final Pattern SIGNAL =
            Pattern.compile("^\\| ([A-Z][A-Z0-9_]+) \\|[^|]*\\| ([a-z /]+) \\| ([a-z]+) \\|", Pattern.MULTILINE);

    private record Entry(Set<String> severities, String evidence) {
    }

    private static Map<String, Entry> catalogue() throws IOException {
        String text = Files.readString(CATALOGUE);
        String signals = text.substring(text.indexOf("## Signals"), text.indexOf("## Notes for rule authors"));
        Map<String, Entry> entries = new LinkedHashMap<>();
        Matcher m = SIGNAL.matcher(signals);
        while (m.find()) {
            Set<String> severities = Set.of(m.group(2).split("\\s*/\\s*"));
            assertTrue(entries.put(m.group(1), new Entry(severities, m.group(3))) == null, m.group(1) + " twice");
        }
        assertEquals(54, entries.size(), "codes in the catalogue's signal tables");
        return entries;
    }

    @Test
    void everyCatalogueCodeHasARuleWithTheCatalogueSeverityAndEvidence() throws IOException {
        RuleSet rules = TestRules.bundled();
        catalogue().forEach((code, entry) -> {
            List<FindingDefinition> definitions = rules.definitionsOf(code);
            assertTrue(!definitions.isEmpty(), "no rule emits " + code);
            Set<String> used = definitions.stream().map(d -> d.severity() == null ? "scope" : d.severity().key())
                    .collect(Collectors.toSet());
            assertEquals(entry.severities(), used, code + " severities");
            definitions.forEach(d -> assertEquals(Evidence.parse(entry.evidence()), d.evidence(), code + " evidence"));
            definitions.forEach(d -> assertEquals(entry.severities().contains("scope"), d.exclusive(),
                    code + " is a scope notice exactly when the catalogue says so"));
        });
    }

    @Test
    void theRuleSetEmitsNoCodeOutsideTheCatalogue() throws IOException {
        Set<String> codes = TestRules.bundled().definitions().stream().map(FindingDefinition::code)
                .collect(Collectors.toCollection(TreeSet::new));
        codes.removeAll(catalogue().keySet());
        assertEquals(Set.of(), codes, "codes not in the catalogue need a catalogue entry and tests");
    }

    @Test
    void everyCodeHasAnExampleCaseThatFiresItAndOneThatShowsItSilent() throws IOException {
        List<Scenario> scenarios = Scenarios.of(TestRules.bundled(), TestRules.FOLDER);
        for (String code : catalogue().keySet()) {
            assertTrue(scenarios.stream().anyMatch(s -> s.expect().contains(code)), "no case fires " + code);
            assertTrue(scenarios.stream().anyMatch(s -> s.expectNot().contains(code)),
                    "no case shows " + code + " silent");
        }
    }

    /** {@code | calcium (mg) | 51-70 | 1000 | 1200 | 800 / 1000 | 2000 | IOM 2011 |} */
    private static final Pattern INTAKE_ROW = Pattern.compile(
            "^\\| (calcium|vitamin D|magnesium|vitamin B12|vitamin K) \\([^)]*\\) \\| (\\d+)(?:-(\\d+)|\\+) \\| ([0-9.]+) \\| "
                    + "([0-9.]+) \\| (none|([0-9.]+) / ([0-9.]+)) \\| (none set|(\\d+)[^|]*) \\|", Pattern.MULTILINE);

    @Test
    void theCataloguesIntakeTableIsWhatIntakesCsvHolds() throws IOException {
        String text = Files.readString(CATALOGUE);
        ReferenceIntakeTable table = TestRules.bundled().reference().intakes();
        Matcher row = INTAKE_ROW.matcher(text);
        int rows = 0;
        while (row.find()) {
            rows++;
            Nutrient nutrient = Nutrient.fromKey(row.group(1).replace(' ', '_').replace("B12", "b12").toLowerCase());
            int from = Integer.parseInt(row.group(2));
            int to = row.group(3) == null ? 120 : Integer.parseInt(row.group(3));
            for (int age : new int[] {from, to}) {
                check(table, nutrient, age, Sex.MALE, row.group(4), row.group(7), row.group(10), row.group(0));
                check(table, nutrient, age, Sex.FEMALE, row.group(5), row.group(8), row.group(10), row.group(0));
            }
        }
        assertEquals(9, rows, "rows of the catalogue's intake table");
    }

    private static void check(ReferenceIntakeTable table, Nutrient nutrient, int age, Sex sex, String rda, String ear,
                              String ul, String row) {
        ReferenceIntake band = table.lookup(nutrient, age, sex).orElse(null);
        assertNotNull(band, "no band for " + row);
        String where = nutrient.key() + " " + sex.key() + " aged " + age + " (" + row + ")";
        assertEquals(Double.parseDouble(rda), band.rda(), where + ": RDA");
        assertEquals(ear == null ? null : Double.parseDouble(ear), band.ear(), where + ": EAR");
        assertEquals(ul == null ? null : Double.parseDouble(ul), band.ul(), where + ": UL");
    }
}
