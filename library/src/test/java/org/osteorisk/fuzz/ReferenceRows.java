package org.osteorisk.fuzz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An independent reading of the documented row rules (docs/profile-csv.md, "Malformed files"), used by the fuzz
 * test to know which lines of a file must start an output record. It works on the whole text, cell by cell, with
 * {@code indexOf} jumps, unlike the streaming, character-by-character splitter it checks, and it knows nothing of
 * FastCSV. It only says where rows start, and whether the header is usable; it does not read values.
 */
final class ReferenceRows {

    private static final Set<String> LIST_COLUMNS = Set.of("supplements", "conditions", "medications");

    /**
     * What a file must give.
     *
     * @param headerProblem why the file is unusable (exit code 2), or null
     * @param lines         the line of every row, in order, when the header is usable
     * @param header        the header's column names, lower case
     */
    record Expected(String headerProblem, List<Long> lines, List<String> header) {
    }

    /** One record, read without any limit. */
    private record Rec(int start, int contentEnd, int next, int cells, boolean unclosed, boolean textAfterQuote,
                       int firstBreakStart, int firstBreakEnd, List<Integer> spanningColumns,
                       List<Boolean> spanningAfterSemicolons, List<String> cellTexts) {
    }

    private final String text;
    private final int maxRowChars;
    private final int maxColumns;
    /** Whether a bare CR ends rows: when the header ends with one. */
    private boolean bareCrEndsRows = true;

    private ReferenceRows(String text, int maxRowChars, int maxColumns) {
        this.text = text;
        this.maxRowChars = maxRowChars;
        this.maxColumns = maxColumns;
    }

    static Expected of(String text, int maxRowChars, int maxColumns) {
        return new ReferenceRows(text, maxRowChars, maxColumns).read();
    }

    private Expected read() {
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        long line = 1;
        // Blank lines before the header.
        while (pos < text.length() && isBreak(text.charAt(pos))) {
            pos = afterBreak(pos);
            line++;
        }
        if (pos >= text.length()) {
            return new Expected("empty", List.of(), List.of());
        }
        Rec header = record(pos);
        String terminator = text.substring(header.contentEnd(), header.next());
        bareCrEndsRows = terminator.isEmpty() || terminator.equals("\r");
        header = record(pos); // again, now knowing which line breaks end rows
        if (header.contentEnd() - header.start() > maxRowChars) {
            return new Expected("too long", List.of(), List.of());
        }
        if (header.unclosed() || header.textAfterQuote() || header.firstBreakStart() >= 0) {
            return new Expected("malformed", List.of(), List.of());
        }
        if (header.cells() > maxColumns) {
            return new Expected("too many columns", List.of(), List.of());
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String cell : header.cellTexts()) {
            String name = cell.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || !seen.add(name)) {
                return new Expected("bad column name", List.of(), List.of());
            }
            names.add(name);
        }
        if (!seen.contains("id")) {
            return new Expected("no id", List.of(), List.of());
        }
        List<Long> lines = new ArrayList<>();
        pos = header.next();
        line += lines(header.start(), header.next());
        while (pos < text.length()) {
            if (isBreak(text.charAt(pos))) {
                pos = afterBreak(pos);
                line++;
                continue;
            }
            lines.add(line);
            Rec rec = record(pos);
            int next;
            if (rec.contentEnd() - rec.start() > maxRowChars) {
                // Too long: if a line break comes within the limit, read on at the second line; else skip the line.
                if (rec.firstBreakStart() >= 0 && rec.firstBreakStart() - rec.start() <= maxRowChars) {
                    next = rec.firstBreakEnd();
                } else {
                    int end = rec.start() + maxRowChars + 1;
                    while (end < text.length() && !isBreak(text.charAt(end))) {
                        end++;
                    }
                    next = end < text.length() ? afterBreak(end) : end;
                }
            } else if (rereads(rec, names.size(), names)) {
                next = rec.firstBreakEnd();
            } else {
                next = rec.next();
            }
            line += lines(pos, next);
            pos = next;
        }
        return new Expected(null, lines, names);
    }

    /** Whether the record is taken for a stray quote, and read again from its second line. */
    private static boolean rereads(Rec rec, int columns, List<String> names) {
        if (rec.firstBreakStart() < 0) {
            return false;
        }
        if (rec.unclosed() || rec.textAfterQuote()) {
            return true;
        }
        if (rec.spanningColumns().isEmpty()) {
            return false;
        }
        for (int i = 0; i < rec.spanningColumns().size(); i++) {
            int column = rec.spanningColumns().get(i);
            boolean list = column < names.size() && LIST_COLUMNS.contains(names.get(column));
            if (!list || !rec.spanningAfterSemicolons().get(i)) {
                return true;
            }
        }
        return rec.cells() != columns;
    }

    private Rec record(int start) {
        int pos = start;
        int cells = 0;
        boolean unclosed = false;
        boolean textAfterQuote = false;
        int firstBreakStart = -1;
        int firstBreakEnd = -1;
        List<Integer> spanning = new ArrayList<>();
        List<Boolean> afterSemicolons = new ArrayList<>();
        List<String> cellTexts = new ArrayList<>();
        int n = text.length();
        while (true) {
            int column = cells++;
            if (pos < n && text.charAt(pos) == '"') {
                StringBuilder value = new StringBuilder();
                int from = pos + 1;
                boolean rowBreak = false;
                boolean afterSemicolon = true;
                char lastNonBlank = 0;
                while (true) {
                    int close = text.indexOf('"', from);
                    int segmentEnd = close < 0 ? n : close;
                    // The line breaks in this stretch of the cell.
                    for (int i = from; i < segmentEnd; i++) {
                        char c = text.charAt(i);
                        if (isBreak(c)) {
                            int end = afterBreak(i);
                            if (end > segmentEnd) {
                                end = segmentEnd;
                            }
                            if (firstBreakStart < 0) {
                                firstBreakStart = i;
                                firstBreakEnd = end;
                            }
                            boolean crlf = end - i == 2;
                            if (c == '\n' || crlf || bareCrEndsRows) {
                                rowBreak = true;
                                afterSemicolon &= lastNonBlank == ';';
                            }
                            lastNonBlank = 0;
                            i = end - 1;
                        } else if (c != ' ' && c != '\t') {
                            lastNonBlank = c;
                        }
                    }
                    value.append(text, from, segmentEnd);
                    if (close < 0) {
                        unclosed = true;
                        pos = n;
                        break;
                    }
                    if (close + 1 < n && text.charAt(close + 1) == '"') {
                        value.append('"');
                        lastNonBlank = '"';
                        from = close + 2;
                        continue;
                    }
                    pos = close + 1;
                    break;
                }
                cellTexts.add(value.toString());
                if (unclosed) {
                    break;
                }
                if (rowBreak) {
                    spanning.add(column);
                    afterSemicolons.add(afterSemicolon);
                }
                if (pos < n && text.charAt(pos) != ',' && !isBreak(text.charAt(pos))) {
                    textAfterQuote = true;
                    pos = endOfUnquoted(pos);
                }
            } else {
                int end = endOfUnquoted(pos);
                cellTexts.add(text.substring(pos, end));
                pos = end;
            }
            if (pos >= n || text.charAt(pos) != ',') {
                break;
            }
            pos++;
        }
        int contentEnd = pos;
        int next = pos < n ? afterBreak(pos) : n;
        return new Rec(start, contentEnd, next, cells, unclosed, textAfterQuote, firstBreakStart, firstBreakEnd,
                spanning, afterSemicolons, cellTexts);
    }

    private int endOfUnquoted(int pos) {
        int end = pos;
        while (end < text.length() && text.charAt(end) != ',' && !isBreak(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isBreak(char c) {
        return c == '\r' || c == '\n';
    }

    /** The position after the line break at {@code pos} (CRLF counts as one). */
    private int afterBreak(int pos) {
        return text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n' ? pos + 2 : pos + 1;
    }

    /** Line breaks between two positions, CRLF counted once. */
    private long lines(int from, int to) {
        long count = 0;
        for (int i = from; i < to; i++) {
            if (isBreak(text.charAt(i))) {
                count++;
                i = afterBreak(i) - 1;
            }
        }
        return count;
    }
}
