package org.osteorisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressAndSampleTest {

    @TempDir
    Path dir;

    @Test
    void theProgressLineShowsRowsRateAndTimeLeft() {
        assertEquals("[===============               ]  50% 10,000 rows  2,000 rows/s  0:05 left",
                ProgressBar.render(10_000, 500, 1_000, 5.0));
        assertEquals("12,345 rows  1,235 rows/s", ProgressBar.render(12_345, 0, 0, 10.0),
                "standard input: size unknown, no bar");
    }

    @Test
    void noProgressDrawingWhenStandardErrorIsNotATerminal() {
        CliRun run = CliRun.run("assess", "examples/profiles.csv");
        assertFalse(run.err().contains("\r"), run.err());
        assertTrue(run.err().startsWith("osteorisk: 27 row(s)"), "the summary line always prints: " + run.err());
    }

    @Test
    void sampleIsReproducibleForASeedAndHasAboutOnePercentBadRows() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertEquals(0, CliRun.run("sample", "--count", "5000", "--seed", "9", "--output", a.toString()).exitCode());
        assertEquals(0, CliRun.run("sample", "--count", "5000", "--seed", "9", "--output", b.toString()).exitCode());
        assertEquals(Files.readString(a), Files.readString(b));
        List<String> lines = Files.readAllLines(a);
        assertEquals(5001, lines.size(), "header and 5000 rows");
        assertTrue(lines.get(0).startsWith("id,age,sex,weight_kg"));
        CliRun check = CliRun.run("check", a.toString());
        assertEquals(3, check.exitCode());
        long bad = Long.parseLong(check.out().replaceAll("(?s).*Rows: 5,000 read, [0-9,]+ good, ([0-9,]+) invalid.*", "$1")
                .replace(",", ""));
        assertTrue(bad >= 20 && bad <= 90, bad + " bad rows");
        CliRun other = CliRun.run("sample", "--count", "50", "--seed", "10");
        assertFalse(other.out().equals(String.join("\n", lines.subList(0, 51)) + "\n"), "another seed, other data");
    }

    @Test
    void sampledProfilesSpreadOverAgesSexesDietsAndSupplementFrequencies() throws IOException {
        String csv = CliRun.run("sample", "--count", "3000", "--seed", "4").out();
        for (String expected : List.of(",female,", ",male,", ",vegan,", ",vegetarian,", ",pescatarian,", "/week",
                "/month", "/year", "nmol/L", "osteoporosis", "metformin")) {
            assertTrue(csv.contains(expected), expected);
        }
    }
}
