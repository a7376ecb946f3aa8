package org.osteorisk.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.model.RuleSetProblem;

/** Reading a reference CSV file: comments, header, rows by column name, and a problem named for each bad cell. */
class DataFileTest {

    @TempDir
    Path dir;

    private final ProblemList problems = new ProblemList();
    private final List<String> read = new ArrayList<>();

    /** Reads the file's rows as {@code name=value (line)}, value read as a number when the name is "number". */
    private List<String> read(String text) throws IOException {
        Path file = dir.resolve("data.csv");
        Files.writeString(file, text);
        new DataFile("ref/data.csv", problems).read(RuleSetFiles.folder(dir, "ref").file("data.csv"), List.of("name", "number"), row -> {
            Integer whole = row.optionalWholeNumber("whole");
            read.add(row.text("name") + "=" + row.number("number") + (whole == null ? "" : " whole " + whole)
                    + (row.optionalText("note") == null ? "" : " note " + row.optionalText("note"))
                    + " (" + row.line() + ")");
        });
        return read;
    }

    private List<String> problems() {
        return problems.all().stream().map(RuleSetProblem::toString).toList();
    }

    @Test
    void commentsAndBlankCellsAreSkippedAndColumnsAreFoundByTheirName() throws IOException {
        assertEquals(List.of("a=1.5 (3)", "b=2.0 whole 7 note x, y (5)"), read("# a comment\nNumber , NAME,note,whole\n"
                + "1.5,a,,\n# another\n2,b,\"x, y\", 7 \n"));
        assertEquals(List.of(), problems());
    }

    @Test
    void eachBadCellIsAProblemAtItsLineAndColumnAndTheOtherRowsGoOn() throws IOException {
        assertEquals(List.of("ok=1.0 (6)"), read("name,number,whole\n"
                + ",1,\n"
                + "b,one,\n"
                + "c,NaN,\n"
                + "d,1,2.5\n"
                + "ok,1,\n"
                + "e,1\n"));
        assertEquals(List.of("ref/data.csv:2:1: name: required, but blank",
                "ref/data.csv:3:2: number: not a number",
                "ref/data.csv:4:2: number: not a finite number",
                "ref/data.csv:5:3: whole: not a whole number",
                "ref/data.csv:7:1: expected 3 columns as in the header, found 2"), problems());
    }

    @Test
    void aBlankRequiredNumberIsNamed() throws IOException {
        read("name,number\nx,\n");
        assertEquals(List.of("ref/data.csv:2:2: number: required, but blank"), problems());
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsStopsTheFile() throws IOException {
        assertEquals(List.of(), read("name,value\nx,1\n"));
        assertEquals(List.of("ref/data.csv:1:1: header lacks column(s) number; expected name,number"), problems());
    }

    @Test
    void anEmptyOrMissingFileIsAProblem() throws IOException {
        read("# only a comment\n");
        new DataFile("ref/none.csv", problems).read(RuleSetFiles.folder(dir, "ref").file("none.csv"), List.of("name"), row -> read.add("?"));
        assertEquals(List.of("ref/data.csv:1:1: empty file: expected a header row name,number",
                "ref/none.csv:0:0: missing: the rule set needs this reference file"), problems());
        assertEquals(List.of(), read);
    }
}
