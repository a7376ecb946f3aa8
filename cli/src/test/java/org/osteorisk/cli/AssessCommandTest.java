package org.osteorisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;
import org.osteorisk.io.ProfileCsvReader;
import org.osteorisk.io.ProfileRow;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Suppression;

class AssessCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXAMPLES = "examples/profiles.csv";
    private static final String INVALID = "examples/invalid-rows.csv";

    @TempDir
    Path dir;

    static List<JsonNode> jsonLines(String text) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void textSummaryIsTheDefault() {
        CliRun run = CliRun.run("assess", EXAMPLES);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("osteorisk assessment of examples/profiles.csv\nRule set: osteorisk-core 1.0.0"),
                run.out());
        assertTrue(run.out().contains("Rows: 27 read, 27 assessed, 0 invalid"), run.out());
        assertTrue(run.out().contains("Findings by code"));
        assertTrue(run.out().contains("Out of scope: 2 profile(s)"), run.out());
        assertTrue(run.out().matches("(?s).*Plan resolution: \\d+ finding\\(s\\) reworded, \\d+ withdrawn.*"), run.out());
        assertTrue(run.out().contains("Reworded or withdrawn by code"), run.out());
        assertTrue(run.err().startsWith("osteorisk: 27 row(s): 27 assessed, 0 invalid; "), run.err());
    }

    @Test
    void jsonLinesHasOneObjectPerRowInInputOrder() throws IOException {
        CliRun run = CliRun.run("assess", "--format", "jsonl", EXAMPLES);
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> lines = jsonLines(run.out());
        assertEquals(27, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            assertEquals(String.format("P%03d", i + 1), line.get("id").asText());
            assertEquals(i + 2, line.get("line").asInt());
            assertEquals(i == 2 || i == 3 ? "out_of_scope" : "ok", line.get("status").asText(), line.toString());
            assertFalse(line.has("error"));
            assertTrue(line.get("not_assessed").isArray() && line.get("warnings").isArray()
                    && line.get("suppressed").isArray());
        }
        JsonNode finding = lines.get(0).get("findings").get(0);
        for (String field : List.of("code", "severity", "domain", "title", "explanation", "recommendation", "advice",
                "sources", "evidence", "rule")) {
            assertTrue(finding.has(field), field);
        }
        JsonNode source = finding.get("sources").get(0);
        assertTrue(source.get("citation").asText().length() > 20 && source.get("url").asText().startsWith("https://"),
                source.toString());
        JsonNode pregnant = lines.get(2);
        assertEquals("OUT_OF_SCOPE_PREGNANCY", pregnant.get("scope").get("code").asText());
        assertEquals(0, pregnant.get("findings").size());
        JsonNode warfarin = lines.get(20);
        assertEquals("P021", warfarin.get("id").asText());
        JsonNode suppressed = warfarin.get("suppressed");
        assertTrue(suppressed.toString().contains("{\"code\":\"VITAMIN_D_WITHOUT_K2\",\"resolution\":\"withdrawn\","
                + "\"by\":\"VITAMIN_K_ANTAGONIST_DIET\",\"reason\":\"a vitamin K antagonist"), suppressed.toString());
        assertTrue(warfarin.get("findings").toString().contains("{\"action\":\"keep_steady\",\"target\":\"vitamin_k\"}"),
                warfarin.toString());
    }

    @Test
    void everyKindOfBadRowIsAnErrorRecordAndTheRestGoOn() throws IOException {
        CliRun run = CliRun.run("assess", "--format", "jsonl", INVALID);
        assertEquals(3, run.exitCode(), run.err());
        List<JsonNode> lines = jsonLines(run.out());
        assertEquals(9, lines.size());
        String[] expected = {
            "age (column 2): not a whole number from 0 to 130",
            "calcium_mg (column 4): expected 0 to 10,000 mg/day",
            "sex (column 3): expected female or male (also f or m)",
            "supplements (column 5): entry 1: unknown unit; expected mg, mcg (also ug), g or IU",
            "supplements (column 5): entry 1: unknown frequency; expected /day, /week, /month or /year",
            "expected 5 columns as in the header, found 3",
            "id (column 1): required, but blank",
            "id (column 1): duplicate; first used on line 2"};
        for (int i = 0; i < expected.length; i++) {
            assertEquals("error", lines.get(i).get("status").asText());
            assertEquals(expected[i], lines.get(i).get("error").asText());
            assertEquals(i + 2, lines.get(i).get("line").asInt());
        }
        assertEquals("ok", lines.get(8).get("status").asText());
        assertTrue(run.err().contains("9 row(s): 1 assessed, 8 invalid"), run.err());
    }

    @Test
    void errorMessagesNeverCarryTheHealthValues() {
        CliRun run = CliRun.run("assess", "--format", "jsonl", INVALID);
        assertFalse(run.out().contains("abc") || run.out().contains("-200") || run.out().contains("spoonfuls"),
                run.out());
    }

    @Test
    void csvHasOneRowPerFindingPlusErrorRowsAndProfilesWithoutFindings() throws IOException {
        CliRun run = CliRun.run("assess", "--format", "csv", EXAMPLES);
        assertEquals(0, run.exitCode(), run.err());
        List<CsvRecord> records = CsvReader.builder().ofCsvRecord(new StringReader(run.out())).stream().toList();
        assertEquals(List.of("id", "line", "status", "code", "severity", "domain", "title", "explanation",
                "recommendation", "advice", "evidence", "sources", "rule", "resolution", "resolved_by",
                "resolution_reason", "not_assessed", "error"), records.get(0).getFields());
        long findings = records.stream().skip(1).filter(r -> !r.getField(3).isEmpty()).count();
        List<String> withoutFindings = records.stream().skip(1).filter(r -> r.getField(3).isEmpty())
                .map(r -> r.getField(0)).toList();
        assertEquals(List.of("P011", "P013", "P018", "P020"), withoutFindings,
                "one row each for the profiles without findings (P018 and P020 meet every RDA)");
        assertEquals(findingRowsFromTheLibrary(), findings, "one row per finding, withdrawn finding or scope notice");
        assertTrue(records.stream().anyMatch(r -> r.getField(0).equals("P003") && r.getField(2).equals("out_of_scope")
                && r.getField(3).equals("OUT_OF_SCOPE_PREGNANCY")));
        assertTrue(records.stream().anyMatch(r -> r.getField(0).equals("P021") && r.getField(3).equals("VITAMIN_D_WITHOUT_K2")
                && r.getField(13).equals("withdrawn") && r.getField(14).equals("VITAMIN_K_ANTAGONIST_DIET")));
        assertTrue(records.stream().anyMatch(r -> r.getField(0).equals("P021") && r.getField(3).equals("VITAMIN_K_BELOW_AI")
                && r.getField(9).equals("review vitamin_k") && r.getField(13).equals("reworded")));
        CliRun invalid = CliRun.run("assess", "--format", "csv", INVALID);
        List<CsvRecord> errors = CsvReader.builder().ofCsvRecord(new StringReader(invalid.out())).stream()
                .filter(r -> r.getField(2).equals("error")).toList();
        assertEquals(8, errors.size());
        assertEquals("age (column 2): not a whole number from 0 to 130", errors.get(0).getField(17));
    }

    /** The rows with a code that the CSV report should hold, counted from the library's own results. */
    private static long findingRowsFromTheLibrary() throws IOException {
        long rows = 0;
        try (ProfileCsvReader reader = ProfileCsvReader.open(Path.of(EXAMPLES))) {
            for (ProfileRow row = reader.nextProfile(); row != null; row = reader.nextProfile()) {
                if (!row.ok()) {
                    continue; // an error row has no code
                }
                AssessmentResult result = TestRules.assessor().assess(row.profile());
                rows += result.scope() != null ? 1 : result.findings().size() + result.suppressed().stream()
                        .filter(s -> s.resolution() == Suppression.Resolution.WITHDRAWN).count();
            }
        }
        return rows;
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() throws IOException {
        String input = "id,age\n\"=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\",60\n+1,61\n-1,62\n@SUM(A1),63\nP5,64\n";
        CliRun csv = CliRun.runWithInput(input, "assess", "--format", "csv", "-");
        assertEquals(0, csv.exitCode(), csv.err());
        List<String> ids = CsvReader.builder().ofCsvRecord(new StringReader(csv.out())).stream().skip(1)
                .map(r -> r.getField(0)).distinct().toList();
        assertEquals(List.of("'=HYPERLINK(\"http://example.org\",\"x\")", "'+1", "'-1", "'@SUM(A1)", "P5"), ids);
        CliRun jsonl = CliRun.runWithInput(input, "assess", "--format", "jsonl", "-");
        assertEquals(List.of("=HYPERLINK(\"http://example.org\",\"x\")", "+1", "-1", "@SUM(A1)", "P5"),
                jsonLines(jsonl.out()).stream().map(l -> l.get("id").asText()).toList(), "other formats keep the id");
    }

    @Test
    void htmlIsOneSelfContainedPage() throws IOException {
        Path report = dir.resolve("report.html");
        CliRun run = CliRun.run("assess", "--format", "html", "--output", report.toString(), INVALID);
        assertEquals(3, run.exitCode(), run.err());
        assertEquals("", run.out());
        String html = Files.readString(report);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("Invalid rows") && html.contains("not a whole number from 0 to 130"));
        assertTrue(html.contains("GOOD1"));
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("src=")
                || html.contains("@import") || html.contains("url("), "nothing loaded from elsewhere");
        CliRun examples = CliRun.run("assess", "--format", "html", EXAMPLES);
        assertTrue(examples.out().contains("Findings by code") && examples.out().contains("CALCIUM_PARADOX_RISK"));
        assertTrue(examples.out().contains("<h3 class=\"critical\">Critical</h3>"));
        assertTrue(examples.out().contains("<span class=\"badge scope\">out of scope</span>"), "scope notices");
        assertTrue(examples.out().contains("Withdrawn or reworded because a precaution"), "the audit trail");
        assertTrue(examples.out().contains("<a href=\"https://doi.org/10.17226/13050\">"), "linked sources");
    }

    @Test
    void inputOrderIsKeptWithManyThreadsAndSmallChunks() throws IOException {
        Path input = dir.resolve("many.csv");
        StringBuilder csv = new StringBuilder("id,age,sex,calcium_mg,vitamin_d_iu\n");
        for (int i = 0; i < 3000; i++) {
            csv.append("r").append(i).append(',').append(19 + i % 80).append(',').append(i % 2 == 0 ? "f" : "m")
                    .append(',').append(i % 13 == 0 ? "bad" : Integer.toString(300 + i % 1500)).append(',')
                    .append(i % 900).append('\n');
        }
        Files.writeString(input, csv);
        CliRun run = CliRun.run("assess", "--format", "jsonl", "--threads", "4", "--chunk", "7", input.toString());
        assertEquals(3, run.exitCode(), run.err());
        List<JsonNode> lines = jsonLines(run.out());
        assertEquals(3000, lines.size());
        for (int i = 0; i < 3000; i++) {
            assertEquals("r" + i, lines.get(i).get("id").asText());
            assertEquals(i % 13 == 0 ? "error" : "ok", lines.get(i).get("status").asText());
        }
    }

    @Test
    void readsStandardInput() throws IOException {
        CliRun run = CliRun.runWithInput("id,age,sex,calcium_mg\ns1,63,female,700\n", "assess", "-f", "jsonl", "-");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode line = jsonLines(run.out()).get(0);
        assertEquals("s1", line.get("id").asText());
        assertTrue(line.toString().contains("CALCIUM_BELOW_RDA"));
    }

    @Test
    void bomCrlfAndQuotedLineBreaksThroughTheCommandLine() throws IOException {
        Path input = dir.resolve("excel.csv");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String body = "id,age,sex,supplements\r\nx1,60,female,\"calcium:carbonate 1200mg/day;\r\nvitamin_d 1000IU\"\r\n"
                + "\r\nx2,61,male,\r\n";
        Files.write(input, bom);
        Files.writeString(input, body, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        CliRun run = CliRun.run("assess", "-f", "jsonl", input.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> lines = jsonLines(run.out());
        assertEquals(2, lines.size());
        assertEquals("x1", lines.get(0).get("id").asText());
        assertEquals(5, lines.get(1).get("line").asInt());
    }

    @Test
    void outputIsWrittenAtomically() throws IOException {
        Path report = dir.resolve("out.jsonl");
        Files.writeString(report, "previous report");
        Path noId = dir.resolve("no-id.csv");
        Files.writeString(noId, "age,sex\n40,female\n");
        CliRun failed = CliRun.run("assess", "-f", "jsonl", "-o", report.toString(), noId.toString());
        assertEquals(2, failed.exitCode());
        assertEquals("previous report", Files.readString(report), "a failed run leaves the old report alone");
        CliRun ok = CliRun.run("assess", "-f", "jsonl", "-o", report.toString(), EXAMPLES);
        assertEquals(0, ok.exitCode(), ok.err());
        assertEquals(27, jsonLines(Files.readString(report)).size());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList(),
                    "no temporary files left behind");
        }
    }

    @Test
    void anUncommittedOutputNeverReplacesTheTarget() throws IOException {
        Path report = dir.resolve("r.txt");
        try (OutputTarget target = OutputTarget.open(report, null)) {
            target.writer().write("half a report");
        }
        assertFalse(Files.exists(report));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void exitCodesForUsageErrorsAndMissingFiles() {
        assertEquals(2, CliRun.run("assess").exitCode());
        assertEquals(2, CliRun.run("assess", "--format", "pdf", EXAMPLES).exitCode());
        CliRun missing = CliRun.run("assess", "no-such-file.csv");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such file: no-such-file.csv"), missing.err());
        CliRun noId = CliRun.runWithInput("age\n40\n", "assess", "-");
        assertEquals(2, noId.exitCode());
        assertTrue(noId.err().contains("<stdin>:1: the header has no id column"), noId.err());
        CliRun badRules = CliRun.run("assess", "--rules", "no-such-folder", EXAMPLES);
        assertEquals(2, badRules.exitCode());
        assertTrue(badRules.err().contains("no-such-folder:0:0: not a folder"), badRules.err());
        assertEquals(2, CliRun.run("assess", "--threads", "0", EXAMPLES).exitCode());
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("assess") && help.out().contains("check") && help.out().contains("Exit codes"));
        CliRun assessHelp = CliRun.run("assess", "--help");
        assertEquals(0, assessHelp.exitCode());
        assertTrue(assessHelp.out().contains("--format") && assessHelp.out().contains("3   some rows were invalid")
                || assessHelp.out().contains("some rows were invalid"), assessHelp.out());
        CliRun version = CliRun.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("osteorisk "), version.out());
    }
}
