package org.osteorisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A problem with the input is exit code 2 (the file cannot be used) or 3 (some rows are bad), never 1 (an
 * unexpected failure), and never 0 when a row was lost.
 */
class InputExitCodesTest {

    @TempDir
    Path dir;

    @Test
    void aMalformedHeaderIsAnUnusableFile() {
        for (String header : List.of("id,\"age\n", "\"id\"x,age\n", "id" + ",c".repeat(600) + "\n", "id,\"a\nb\"\n")) {
            CliRun run = CliRun.runWithInput(header + "p1,2\n", "assess", "-");
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("osteorisk: <stdin>:1: the header"), run.err());
            assertFalse(run.err().contains("unexpected failure") || run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void aFolderAsInputIsAnUnusableFile() {
        CliRun run = CliRun.run("check", dir.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("FILE " + dir + ": is a folder"), run.err());
    }

    @Test
    void anUnclosedQuoteCountsItsRowAsInvalidAndTheRestAreAssessed() throws IOException {
        String csv = "id,age,sex,calcium_mg,medications\n"
                + "p1,60,female,700,\"omeprazole\n"
                + "p2,61,male,800,SECRETDRUG\n"
                + "p3,62,female,900,\n";
        CliRun run = CliRun.runWithInput(csv, "assess", "--format", "jsonl", "-");
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("3 row(s): 2 assessed, 1 invalid"), run.err());
        List<JsonNode> rows = AssessCommandTest.jsonLines(run.out());
        assertEquals(List.of(2, 3, 4), rows.stream().map(r -> r.get("line").asInt()).toList());
        assertEquals("error", rows.get(0).get("status").asText());
        assertFalse(rows.get(0).toString().contains("SECRETDRUG"), "no other row's values in this row");
        JsonNode warning = rows.get(1).get("warnings").get(0);
        assertEquals("medications", warning.get("field").asText(), "its own row reports it");
        assertEquals(1, warning.get("index").asInt());
        assertEquals("p3", rows.get(2).get("id").asText());
    }

    @Test
    void aBareCarriageReturnNoLongerHidesARow() {
        CliRun run = CliRun.runWithInput("id,age,supplements\nA,60,\nB,61,\"calcium 5\rmg\"\n", "check", "-");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Rows: 2 read, 2 good, 0 invalid"), run.out());
    }

    @Test
    void anInputThatFailsMidwayIsAnUnusableFile() {
        InputStream failing = new InputStream() {
            private final byte[] text = "id,age\np1,60\np2,61\np3,".getBytes(StandardCharsets.UTF_8);
            private int pos;

            @Override
            public int read() throws IOException {
                if (pos == text.length) {
                    throw new IOException("Input/output error");
                }
                return text[pos++];
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(new String[] {"check", "-"}, failing, new PrintWriter(out), new PrintWriter(err));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("osteorisk: <stdin>:4: could not be read: Input/output error"), err.toString());
    }
}
