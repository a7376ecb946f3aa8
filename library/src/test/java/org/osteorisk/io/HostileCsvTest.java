package org.osteorisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Malformed CSV never loses or mangles a row: every row of the input yields exactly one record with the line it
 * starts on, the rows after a bad one are still read, and no text of one row reaches another row or any message.
 * Each case here lost rows, or leaked values, before the reader was rebuilt on {@link CsvRecordSplitter}.
 */
class HostileCsvTest {

    private static List<ProfileRow> read(String csv) {
        return ProfileCsvReaderTest.read(csv);
    }

    private static List<Long> lines(List<ProfileRow> rows) {
        return rows.stream().map(ProfileRow::line).toList();
    }

    @Test
    void aBareCarriageReturnInsideAQuotedCellKeepsItsRowAndTheNext() {
        List<ProfileRow> rows = read("id,age,supplements\nA,60,\nB,61,\"calcium 5\rmg\"\nC,62,\n");
        assertEquals(List.of("A", "B", "C"), rows.stream().map(ProfileRow::id).toList());
        assertTrue(rows.stream().allMatch(ProfileRow::ok), () -> rows.get(1).error());
        assertEquals(5.0, rows.get(1).profile().supplements().get(0).amount());
        // A line break of any kind counts as a line, as FastCSV counts them.
        assertEquals(List.of(2L, 3L, 5L), lines(rows));
        List<ProfileRow> last = read("id,age,supplements\nA,60,\nB,61,\"calcium 5\rmg\"\n");
        assertEquals(2, last.size());
        assertTrue(last.get(1).ok());
    }

    @Test
    void anUnclosedQuoteInTheLastColumnCostsOneRowAndLeaksNothing() {
        List<ProfileRow> rows = read("id,age,medications\np1,60,\"omeprazole\np2,61,SECRET-WARFARIN\np3,62,\n");
        assertEquals(List.of(2L, 3L, 4L), lines(rows));
        assertFalse(rows.get(0).ok());
        assertTrue(rows.get(0).error().contains("never closed"), rows.get(0).error());
        assertEquals(List.of("SECRET-WARFARIN"), rows.get(1).profile().medications());
        assertTrue(rows.get(2).ok());
        assertTrue(rows.stream().allMatch(r -> r.error() == null || !r.error().contains("SECRET")));
    }

    @Test
    void aStrayQuoteThatMeetsALaterQuoteCostsOneRow() {
        List<ProfileRow> rows = read("id,age,conditions\np1,60,\"ckd\np2,61,osteopenia\np3,62,\"ra\"\np4,63,\n");
        assertEquals(List.of(2L, 3L, 4L, 5L), lines(rows));
        assertEquals("a quoted cell does not end properly: text after its closing quote in column 3 on line 4, so "
                + "a quote on this line is taken for a stray one; the row is skipped and reading goes on at line 3",
                rows.get(0).error());
        assertEquals(List.of("osteopenia"), rows.get(1).profile().conditions());
        assertEquals(List.of("ra"), rows.get(2).profile().conditions());
        assertTrue(rows.get(3).ok());
    }

    @Test
    void textAfterAClosingQuoteIsAnErrorRowWithItsLine() {
        List<ProfileRow> rows = read("id,age\np1,\"60\"x\np2,61\n");
        assertEquals(List.of(2L, 3L), lines(rows));
        assertEquals("age (column 2): text after the closing quote (a quote inside a quoted cell is written twice)",
                rows.get(0).error());
        assertTrue(rows.get(1).ok());
        assertEquals("column 3: text after the closing quote (a quote inside a quoted cell is written twice)",
                read("id,age,notes\np1,60,\"a\"b\n").get(0).error());
    }

    @Test
    void tooManyColumnsIsOneErrorRow() {
        List<ProfileRow> rows = read("id,age\np1," + ",".repeat(20_000) + "\np2,61\n");
        assertEquals(List.of(2L, 3L), lines(rows));
        assertEquals("expected 2 columns as in the header, found 20,002", rows.get(0).error());
        assertTrue(rows.get(1).ok());
        InputFileException header = assertThrows(InputFileException.class,
                () -> read("id" + ",x".repeat(InputLimits.MAX_COLUMNS) + "\n"));
        assertEquals("test.csv:1: the header has more than 512 columns", header.getMessage());
    }

    @Test
    void aRowOverTheSizeLimitIsOneErrorRowAndCostsNoMoreMemory() {
        String huge = "x".repeat(17 * 1024 * 1024);
        List<ProfileRow> rows = read("id,age,conditions\np1,60," + huge + "\np2,61,\"" + huge + "\"\np3,62,ra\n");
        assertEquals(List.of(2L, 3L, 4L), lines(rows));
        assertEquals("longer than 32,768 characters; the rest of its line is skipped", rows.get(0).error());
        assertEquals("longer than 32,768 characters; the rest of its line is skipped", rows.get(1).error());
        assertTrue(rows.get(2).ok());
        assertEquals("conditions (column 3): longer than 4,096 characters",
                read("id,age,conditions\np1,60," + "x".repeat(5000) + "\n").get(0).error());
    }

    @Test
    void aQuotedLineBreakOutsideAListIsTakenForAStrayQuote() {
        List<ProfileRow> rows = read("id,age,sex\np1,\"60\np2\",female\np3,62,male\n");
        assertEquals(List.of(2L, 3L, 4L), lines(rows));
        assertEquals("age (column 2): a quoted cell runs over several lines, which only a list column may do, after "
                + "a ; between entries; its quote is taken for a stray one; the row is skipped and reading goes on at "
                + "line 3", rows.get(0).error());
        assertEquals("expected 3 columns as in the header, found 2", rows.get(1).error());
        assertEquals(null, rows.get(1).id(), "a row with the wrong column count has no trustworthy id");
        assertTrue(rows.get(2).ok());
    }

    @Test
    void aListCellOfSeveralLinesIsReadWhenItsLinesEndWithASemicolon() {
        List<ProfileRow> rows = read("id,supplements,medications,age\n"
                + "p1,\"calcium 600mg/day;\r\nvitamin_d 1000IU/day\",\"omeprazole;\nwarfarin\",60\np2,,,61\n");
        assertEquals(List.of(2L, 5L), lines(rows));
        assertTrue(rows.get(0).ok(), rows.get(0).error());
        assertEquals(2, rows.get(0).profile().supplements().size());
        assertEquals(List.of("omeprazole", "warfarin"), rows.get(0).profile().medications());
        // Without the ; the line break could be a row end that a stray quote swallowed.
        List<ProfileRow> stray = read("id,conditions\np1,\"ckd\np2,\"\np3,ra\n");
        assertEquals(List.of(2L, 3L, 4L), lines(stray));
        assertFalse(stray.get(0).ok());
        assertEquals("p3", stray.get(2).id());
    }

    @Test
    void extraColumnsOfTheCallerMayHoldLineBreaks() {
        try (ProfileCsvReader reader = ProfileCsvReader.open(new StringReader(
                "id,note,age\np1,\"first line\nsecond line\",60\np2,,61\n"), "cases.csv", java.util.Set.of("note"))) {
            CsvRow row = reader.next();
            assertEquals(null, row.error());
            assertEquals("first line\nsecond line", row.fields().get(1));
            assertEquals(4, reader.next().line());
        }
    }

    @Test
    void aMalformedHeaderIsAFileError() {
        assertEquals("test.csv:1: the header is not readable as CSV: the quote opening column 2 is never closed",
                assertThrows(InputFileException.class, () -> read("id,\"age\n")).getMessage());
        assertEquals("test.csv:1: the header is not readable as CSV: text after a closing quote in column 1",
                assertThrows(InputFileException.class, () -> read("\"id\"x,age\np1,2\n")).getMessage());
        assertEquals("test.csv:1: the header runs over several lines: a quoted column name holds a line break",
                assertThrows(InputFileException.class, () -> read("id,\"a\nb\"\np1,2\n")).getMessage());
        assertEquals("test.csv:2: the header is longer than 32,768 characters",
                assertThrows(InputFileException.class, () -> read("\nid," + "x".repeat(40_000))).getMessage());
    }

    @Test
    void idsAreShortAndPrintable() {
        List<ProfileRow> rows = read("id,age\n=HYPERLINK(1),60\nx\u0000y,61\n\"a\u001b[31m\",62\n" + "z".repeat(129)
                + ",63\nright\u202eleft,64\nok,65\n");
        assertTrue(rows.get(0).ok(), "a formula is a valid id; the CSV report neutralises it");
        for (int i = 1; i <= 4; i++) {
            assertFalse(rows.get(i).ok());
            assertEquals(null, rows.get(i).id());
        }
        assertEquals("id (column 1): contains a control or invisible formatting character", rows.get(1).error());
        assertEquals("id (column 1): longer than 128 characters", rows.get(3).error());
        assertTrue(rows.get(5).ok());
    }

    @Test
    void anInputThatFailsMidwayIsAFileErrorWithItsLine() {
        Reader failing = new Reader() {
            private final Reader text = new StringReader("id,age\np1,60\np2,61\n");

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = text.read(buffer, offset, Math.min(length, 4));
                if (n < 0) {
                    throw new IOException("device error");
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
        List<ProfileRow> rows = new ArrayList<>();
        InputFileException e = assertThrows(InputFileException.class, () -> {
            try (ProfileCsvReader reader = ProfileCsvReader.open(failing, "in.csv")) {
                for (ProfileRow row = reader.nextProfile(); row != null; row = reader.nextProfile()) {
                    rows.add(row);
                }
            }
        });
        assertEquals("in.csv:4: could not be read: device error", e.getMessage());
        assertEquals(2, rows.size());
    }

    @Test
    void messagesNameColumnsNeverCellText() {
        String csv = "id,age,calcium_mg,supplements,notes\n"
                + "p1,SECRET1,SECRET2,SECRET3 5mg,\"SECRET4\"SECRET5\n"
                + "p2,\"SECRET6\np3,1,2,,\n"
                + "p4," + "SECRET7".repeat(6000) + "\n";
        for (ProfileRow row : read(csv)) {
            if (!row.ok()) {
                assertFalse(row.error().contains("SECRET"), row.error());
            }
        }
    }

    @Test
    void recordsNameOnlyTheirLineInToString() {
        CsvRow row = new CsvRow(7, "p1", List.of("p1", "SECRET"), null);
        assertFalse(row.toString().contains("SECRET"), row.toString());
        assertTrue(row.toString().contains("line=7") && row.toString().contains("p1"), row.toString());
    }
}
