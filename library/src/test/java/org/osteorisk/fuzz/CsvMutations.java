package org.osteorisk.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Hostile variants of a well-formed profile CSV: byte flips; inserted quotes, line breaks, commas, byte-order marks,
 * NULs and unicode; huge cells and numbers; many columns; truncation; duplicated headers, columns and rows; formula
 * ids; other line endings. Each case is a function of its random source, so a seed and a case number reproduce it.
 */
public final class CsvMutations {

    /** The seed of the CSV and JSON fuzz runs: {@code -Dosteorisk.fuzz.seed}. */
    public static final long SEED = Long.getLong("osteorisk.fuzz.seed", 10L);

    /** Sentinel values of the base profiles: none may appear in an error message or log. */
    public static final List<String> TOKENS = List.of("61.37", "163.91", "812.63", "281.57", "613.29", "3.1729",
            "97.31", "0.3719", "151.37", "437.19", "31.79", "417.83", "9.713", "-1.379");

    private static final String[] INSERTS = {"\"", "\"", "\r", "\n", "\r\n", ",", ",,", "\uFEFF", "\u0000", ";",
        "\"\"", "\u2028", "\u202E", "\uD83D\uDE00", "\u00e9", "\t", " ", "'", "=", "\\"};
    private static final byte[][] BAD_UTF8 = {{(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
    private static final String[] HUGE_NUMBERS = {"1e308", "1" + "0".repeat(307), "-1e309", "9".repeat(20_000),
        "NaN", "Infinity", "0x1p3", "1e-400", "4.9e-324", "-0", "1" + "0".repeat(306) + "g/day", "+.5", "1e306 g/day"};
    private static final String[] FORMULAS = {"=1+1", "+SUM(1;2)", "-2+3", "@cmd", "\"=HYPERLINK(\"\"http://x\"\")\"",
        "\t=1", "\r=1"};

    /** The mutations, by number. */
    private static final String[] NAMES = {"flip byte", "insert text", "insert bad UTF-8", "delete range", "truncate",
        "huge cell", "huge number", "many columns", "duplicate header", "duplicate row", "formula id",
        "quoted line break", "line endings", "stray quote"};

    private CsvMutations() {
    }

    /** One to four mutations of {@code base}; {@code applied} gets their names. */
    static byte[] mutate(byte[] base, Random random, List<String> applied) {
        byte[] bytes = base;
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(14);
            applied.add(NAMES[kind]);
            bytes = apply(kind, bytes, random);
        }
        return bytes;
    }

    private static byte[] apply(int kind, byte[] bytes, Random random) {
        switch (kind) {
            case 0: {
                byte[] copy = bytes.clone();
                if (copy.length > 0) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
            case 1:
                return insert(bytes, random.nextInt(bytes.length + 1), utf8(INSERTS[random.nextInt(INSERTS.length)]));
            case 2:
                return insert(bytes, random.nextInt(bytes.length + 1), BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
            case 3: {
                if (bytes.length == 0) {
                    return bytes;
                }
                int from = random.nextInt(bytes.length);
                int to = Math.min(bytes.length, from + 1 + random.nextInt(20));
                return concat(Arrays.copyOfRange(bytes, 0, from), Arrays.copyOfRange(bytes, to, bytes.length));
            }
            case 4:
                return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case 5:
                return replaceCell(bytes, random, hugeCell(random));
            case 6:
                return replaceCell(bytes, random, HUGE_NUMBERS[random.nextInt(HUGE_NUMBERS.length)]);
            case 7: {
                List<String> lines = lines(bytes);
                int at = random.nextInt(lines.size());
                lines.set(at, lines.get(at) + ",".repeat(300 + random.nextInt(20_000)));
                return join(lines);
            }
            case 8: {
                List<String> lines = lines(bytes);
                if (random.nextBoolean()) {
                    lines.add(1 + random.nextInt(lines.size()), lines.get(0));
                } else {
                    String[] names = lines.get(0).split(",", -1);
                    lines.set(0, lines.get(0) + "," + names[random.nextInt(names.length)].toUpperCase());
                }
                return join(lines);
            }
            case 9: {
                List<String> lines = lines(bytes);
                if (lines.size() > 1) {
                    int at = 1 + random.nextInt(lines.size() - 1);
                    lines.add(at, lines.get(at));
                }
                return join(lines);
            }
            case 10: {
                List<String> lines = lines(bytes);
                if (lines.size() > 1) {
                    int at = 1 + random.nextInt(lines.size() - 1);
                    String line = lines.get(at);
                    int comma = line.indexOf(',');
                    lines.set(at, FORMULAS[random.nextInt(FORMULAS.length)] + (comma < 0 ? "" : line.substring(comma)));
                }
                return join(lines);
            }
            case 11:
                return replaceCell(bytes, random, random.nextBoolean() ? "\"a;\nb\"" : "\"a\r\nb\"");
            case 12: {
                String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
                return utf8(random.nextBoolean() ? text.replace("\n", "\r\n") : text.replace("\n", "\r"));
            }
            default: {
                // A quote at the start of a random cell, never closed on purpose.
                List<String> lines = lines(bytes);
                int at = random.nextInt(lines.size());
                String[] cells = lines.get(at).split(",", -1);
                int cell = random.nextInt(cells.length);
                cells[cell] = "\"" + cells[cell];
                lines.set(at, String.join(",", cells));
                return join(lines);
            }
        }
    }

    private static String hugeCell(Random random) {
        int length = 5_000 + random.nextInt(70_000);
        switch (random.nextInt(5)) {
            case 0: return "1".repeat(length);
            case 1: return "x".repeat(length);
            case 2: return "\"" + "y".repeat(length) + "\"";
            case 3: return "calcium " + "9".repeat(length) + "mg";
            default: return "\"" + "zzzzzzzzzzzzzzzzzzzzzzzzzzzzz;\n".repeat(length / 32) + "\"";
        }
    }

    /** Replaces one cell of a random line, split naively at commas. */
    private static byte[] replaceCell(byte[] bytes, Random random, String value) {
        List<String> lines = lines(bytes);
        int at = random.nextInt(lines.size());
        String[] cells = lines.get(at).split(",", -1);
        cells[random.nextInt(cells.length)] = value;
        lines.set(at, String.join(",", cells));
        return join(lines);
    }

    private static List<String> lines(byte[] bytes) {
        return new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return utf8(String.join("\n", lines));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
        out.write(bytes, 0, at);
        out.write(inserted, 0, inserted.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(a, a.length, b);
    }
}
