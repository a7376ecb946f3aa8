package org.osteorisk.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records, each with the line it starts on, and says which ones are malformed. It does not
 * decode cells (FastCSV does that, record by record); it knows only what finding the end of a record takes: quotes,
 * commas and line breaks (CR, LF or CRLF, each counted as one line, as FastCSV counts them). A quote opens a quoted
 * cell only at the start of a cell; anywhere else it is text, as in FastCSV. A UTF-8 byte-order mark at the very
 * start is skipped, and so are blank lines.
 *
 * <p>Why not FastCSV alone: after a malformed record FastCSV cannot go on, and it cannot say where in the text a
 * record began, so one stray quote would cost every later row. This splitter keeps the text of the record it has
 * just returned (at most {@code maxChars} characters, so a hostile file costs bounded memory) and can
 * {@link #rereadAfterFirstLine re-read} it from its second line, when the reader decides that a quote which took the
 * record over several lines was a stray one.
 *
 * <p>Not thread-safe: one reader thread calls it.
 */
final class CsvRecordSplitter {

    /** What is wrong with a record's structure; the reader says it in words. */
    enum Problem {
        NONE,
        /** The input ends inside a quoted cell. */
        UNCLOSED_QUOTE,
        /** A quoted cell's closing quote is followed by more text before the next comma or line end. */
        TEXT_AFTER_CLOSING_QUOTE,
        /**
         * Longer than {@code maxChars}: on one line, the rest of that line is skipped; over several lines, the record
         * ends where the limit was reached, so that it can be re-read from its second line.
         */
        TOO_LONG
    }

    /**
     * A quoted cell that holds a line break of the kind that ends rows in this file. That is either a cell of several
     * lines, as spreadsheets write them, or a stray quote that has swallowed the rows after it: the reader decides.
     *
     * @param breaksFollowSemicolons whether every such line break comes right after a {@code ;} (spaces aside), as
     *                               between the entries of a list
     */
    record SpanningCell(int column, boolean breaksFollowSemicolons) {
    }

    /**
     * One record as found in the text.
     *
     * @param line            the line it starts on
     * @param text            its text without the line break that ends it; empty for a {@link Problem#TOO_LONG}
     *                        record on one line
     * @param terminator      the line break that ended it, or empty at the end of the input
     * @param secondLineStart where in {@code text} its second line starts, or -1 when it is on one line
     * @param fieldCount      its cells, counted by the commas outside quotes
     * @param problem         what is wrong with its structure, if anything
     * @param problemColumn   the column (from 0) of the cell with the problem, or -1
     * @param problemLine     the line where the problem is: where the unclosed quote opened, where the text after a
     *                        closing quote is
     * @param spanningCells   its quoted cells that hold line breaks ending rows
     */
    record Record(long line, String text, String terminator, int secondLineStart, int fieldCount, Problem problem,
                  int problemColumn, long problemLine, List<SpanningCell> spanningCells) {

        boolean spansLines() {
            return secondLineStart >= 0;
        }

        /** Health data: a record names only its line. */
        @Override
        public String toString() {
            return "Record[line=" + line + ", fields=" + fieldCount + ", problem=" + problem + "]";
        }
    }

    private static final char CR = '\r';
    private static final char LF = '\n';
    private static final char QUOTE = '"';
    private static final char COMMA = ',';
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final int CELL_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    /** A quote inside a quoted cell: the closing quote, or the first half of an escaped one (""). */
    private static final int QUOTE_SEEN = 3;

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[1 << 14];
    private int pos;
    private int len;
    /** Text given back by {@link #rereadAfterFirstLine}, read before the rest of the input. */
    private String pending = "";
    private int pendingPos;
    private boolean started;
    private long line = 1;
    /**
     * Whether a bare CR ends rows in this file: only when the first record (the header) ends with one. In a file of
     * LF or CRLF rows, a bare CR inside a quoted cell is text; null until the first record has ended.
     */
    private Boolean bareCrEndsRows;
    private final StringBuilder text = new StringBuilder(256);

    CsvRecordSplitter(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The line the splitter has reached: where the next record starts, or where reading failed. */
    long line() {
        return line;
    }

    /** The next record, or null at the end of the input. */
    Record next() throws IOException {
        if (!started) {
            started = true;
            if (peek() == BYTE_ORDER_MARK) {
                read();
            }
        }
        while (true) {
            int c = read();
            if (c < 0) {
                return null;
            }
            if (c == CR || c == LF) {
                lineBreak(c);
                continue;
            }
            return record(c);
        }
    }

    /**
     * Gives back the text of the record just returned from its second line on, so that the next record starts on
     * that line. Call it before {@link #next()} is called again.
     */
    void rereadAfterFirstLine(Record record) {
        if (!record.spansLines()) {
            throw new IllegalArgumentException("the record is on one line");
        }
        pending = record.text().substring(record.secondLineStart()) + record.terminator()
                + pending.substring(pendingPos);
        pendingPos = 0;
        line = record.line() + 1;
    }

    private Record record(int first) throws IOException {
        long start = line;
        text.setLength(0);
        int state = CELL_START;
        int column = 0;
        int secondLineStart = -1;
        Problem problem = Problem.NONE;
        int problemColumn = -1;
        long problemLine = 0;
        int quoteColumn = -1;
        long quoteLine = 0;
        boolean cellSpansRows = false;
        boolean cellBreaksFollowSemicolons = true;
        char lastNonBlank = 0;
        List<SpanningCell> spanning = List.of();
        String terminator = "";
        for (int c = first; c >= 0; c = read()) {
            if (c == CR || c == LF) {
                if (state != QUOTED) {
                    if (state == QUOTE_SEEN && cellSpansRows) {
                        spanning = add(spanning, quoteColumn, cellBreaksFollowSemicolons);
                    }
                    terminator = lineBreak(c);
                    if (bareCrEndsRows == null) {
                        bareCrEndsRows = terminator.equals("\r");
                    }
                    return new Record(start, text.toString(), terminator, secondLineStart, column + 1, problem,
                            problemColumn, problemLine, spanning);
                }
                boolean crlf = c == CR && peek() == LF;
                text.append((char) c);
                if (crlf) {
                    text.append((char) read());
                }
                line++;
                if (secondLineStart < 0) {
                    secondLineStart = text.length();
                }
                if (c == LF || crlf || !Boolean.FALSE.equals(bareCrEndsRows)) {
                    cellSpansRows = true;
                    cellBreaksFollowSemicolons &= lastNonBlank == ';';
                }
                lastNonBlank = 0;
            } else {
                text.append((char) c);
                switch (state) {
                    case CELL_START:
                        if (c == QUOTE) {
                            state = QUOTED;
                            quoteColumn = column;
                            quoteLine = line;
                            cellSpansRows = false;
                            cellBreaksFollowSemicolons = true;
                            lastNonBlank = 0;
                        } else if (c == COMMA) {
                            column++;
                        } else {
                            state = UNQUOTED;
                        }
                        break;
                    case UNQUOTED:
                        if (c == COMMA) {
                            column++;
                            state = CELL_START;
                        }
                        break;
                    case QUOTED:
                        if (c == QUOTE) {
                            state = QUOTE_SEEN;
                        } else if (c != ' ' && c != '\t') {
                            lastNonBlank = (char) c;
                        }
                        break;
                    default: // QUOTE_SEEN
                        if (c == QUOTE) {
                            state = QUOTED;
                            lastNonBlank = QUOTE;
                            break;
                        }
                        if (cellSpansRows) {
                            spanning = add(spanning, quoteColumn, cellBreaksFollowSemicolons);
                        }
                        if (c == COMMA) {
                            column++;
                            state = CELL_START;
                        } else {
                            if (problem == Problem.NONE) {
                                problem = Problem.TEXT_AFTER_CLOSING_QUOTE;
                                problemColumn = column;
                                problemLine = line;
                            }
                            state = UNQUOTED;
                        }
                        break;
                }
            }
            if (text.length() > maxChars) {
                return tooLong(start, secondLineStart, column);
            }
        }
        // The end of the input.
        if (state == QUOTE_SEEN && cellSpansRows) {
            spanning = add(spanning, quoteColumn, cellBreaksFollowSemicolons);
        }
        if (state == QUOTED && problem == Problem.NONE) {
            problem = Problem.UNCLOSED_QUOTE;
            problemColumn = quoteColumn;
            problemLine = quoteLine;
        }
        return new Record(start, text.toString(), terminator, secondLineStart, column + 1, problem, problemColumn,
                problemLine, spanning);
    }

    /**
     * A record over the limit. On one line, the rest of the line is skipped, quotes and all, so that memory stays
     * bounded; over several lines, the record stops here and may be re-read from its second line.
     */
    private Record tooLong(long start, int secondLineStart, int column) throws IOException {
        if (secondLineStart >= 0) {
            return new Record(start, text.toString(), "", secondLineStart, column + 1, Problem.TOO_LONG, -1, start,
                    List.of());
        }
        text.setLength(0);
        int c;
        do {
            c = read();
        } while (c >= 0 && c != CR && c != LF);
        String terminator = c < 0 ? "" : lineBreak(c);
        return new Record(start, "", terminator, -1, column + 1, Problem.TOO_LONG, -1, start, List.of());
    }

    /** Reads the rest of a line break that starts with {@code c} and counts the line; returns the line break. */
    private String lineBreak(int c) throws IOException {
        line++;
        if (c == CR && peek() == LF) {
            read();
            return "\r\n";
        }
        return c == CR ? "\r" : "\n";
    }

    private static List<SpanningCell> add(List<SpanningCell> cells, int column, boolean breaksFollowSemicolons) {
        List<SpanningCell> more = new ArrayList<>(cells);
        more.add(new SpanningCell(column, breaksFollowSemicolons));
        return more;
    }

    private int read() throws IOException {
        if (pendingPos < pending.length()) {
            return pending.charAt(pendingPos++);
        }
        if (pos == len && !fill()) {
            return -1;
        }
        return buffer[pos++];
    }

    private int peek() throws IOException {
        if (pendingPos < pending.length()) {
            return pending.charAt(pendingPos);
        }
        if (pos == len && !fill()) {
            return -1;
        }
        return buffer[pos];
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        pos = 0;
        len = Math.max(n, 0);
        return n > 0;
    }
}
