package org.osteorisk.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osteorisk.fuzz.CsvMutations.SEED;
import static org.osteorisk.fuzz.CsvMutations.TOKENS;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.osteorisk.cli.Cli;
import org.osteorisk.io.InputLimits;

/**
 * Fuzzes the batch command line with a few thousand hostile variants of the example files, in process, on a fixed
 * seed, and checks what issue 10 promises for every one of them:
 *
 * <ul>
 *   <li>exactly one output record per row, with its real line: the lines are those an independent
 *       {@link ReferenceRows reading of the rules} gives, and sentinel rows inserted among the mutations are each
 *       read, good, at their line;</li>
 *   <li>exit code 0, 2 or 3, never 1, 2 exactly when the header is unusable, and no stack trace;</li>
 *   <li>no health value in any message, or in any row but its own: the sentinel rows' values never appear
 *       outside their own records;</li>
 *   <li>no cell of the CSV report starts a spreadsheet formula;</li>
 *   <li>bounded time per file.</li>
 * </ul>
 *
 * <p>Most cases run {@code check}; every twentieth runs {@code assess} with a JSON-lines report and every fiftieth
 * with a CSV report (each {@code assess} loads the rules, about a tenth of a second). {@code -Dosteorisk.fuzz.cases=N} and
 * {@code -Dosteorisk.fuzz.seed=S} run more cases from another seed (bench/fuzz.sh); a failing case is written to
 * target/fuzz-failures with the seed and case number that reproduce it.
 */
class CsvInputFuzzTest {

    static final int CASES = Integer.getInteger("osteorisk.fuzz.cases", 2_000);
    /** Far above what any case needs; the quadratic parsing of old took 52 s on a 160 KB file. */
    private static final long CASE_LIMIT_MS = 10_000;

    /** Valid values of the sentinel rows, each a token that appears nowhere else. */
    static final Map<String, String> SENTINEL = new LinkedHashMap<>();

    static {
        SENTINEL.put("age", "57");
        SENTINEL.put("sex", "female");
        SENTINEL.put("weight_kg", "61.37");
        SENTINEL.put("height_cm", "163.91");
        SENTINEL.put("pregnant", "no");
        SENTINEL.put("lactating", "no");
        SENTINEL.put("menopausal", "yes");
        SENTINEL.put("diet", "omnivore");
        SENTINEL.put("calcium_mg", "812.63");
        SENTINEL.put("magnesium_mg", "281.57");
        SENTINEL.put("vitamin_d_iu", "613.29");
        SENTINEL.put("vitamin_b12_mcg", "3.1729");
        SENTINEL.put("vitamin_k_mcg", "97.31");
        SENTINEL.put("soda_per_day", "0.3719");
        SENTINEL.put("exercise_min_per_week", "151.37");
        SENTINEL.put("high_impact_exercise", "no");
        SENTINEL.put("smoker", "no");
        SENTINEL.put("supplements", "calcium:citrate 437.19mg/day");
        SENTINEL.put("conditions", "osteopenia");
        SENTINEL.put("medications", "omeprazole");
        SENTINEL.put("serum_25ohd_ng_ml", "31.79");
        SENTINEL.put("serum_b12_pg_ml", "417.83");
        SENTINEL.put("homocysteine_umol_l", "9.713");
        SENTINEL.put("tscore", "-1.379");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INVALID_LINE = Pattern.compile("(?m)^  line (\\d+)");
    private static final Pattern ROWS = Pattern.compile("Rows: ([\\d,]+) read, ([\\d,]+) good, ([\\d,]+) invalid");

    private enum Mode { CHECK, JSONL, CSV }

    private record Sentinel(String id, long line) {
    }

    private record Case(int index, List<String> mutations, byte[] input, ReferenceRows.Expected expected,
                        List<Sentinel> sentinels) {
    }

    private record Run(int exitCode, String out, String err, long millis) {
    }

    @Test
    void mutatedFilesNeverLoseMangleOrLeakARow() throws IOException {
        List<byte[]> bases = List.of(Files.readAllBytes(Path.of("examples/profiles.csv")),
                Files.readAllBytes(Path.of("examples/invalid-rows.csv")));
        for (byte[] base : bases) {
            String text = new String(base, StandardCharsets.UTF_8);
            TOKENS.forEach(t -> assertFalse(text.contains(t), "the sentinel values appear nowhere else: " + t));
        }
        List<String> failures = new ArrayList<>();
        Map<Mode, long[]> time = new EnumMap<>(Mode.class);
        long slowest = 0;
        int unusable = 0;
        int rows = 0;
        for (int i = 0; i < CASES; i++) {
            Case c = generate(bases, i);
            Mode mode = i % 50 == 0 ? Mode.CSV : i % 20 == 0 ? Mode.JSONL : Mode.CHECK;
            Run run = run(c.input(), mode);
            slowest = Math.max(slowest, run.millis());
            long[] t = time.computeIfAbsent(mode, m -> new long[2]);
            t[0]++;
            t[1] += run.millis();
            if (c.expected().headerProblem() != null) {
                unusable++;
            } else {
                rows += c.expected().lines().size();
            }
            List<String> problems = check(c, mode, run);
            if (!problems.isEmpty()) {
                failures.add("case " + i + " (" + mode + ", " + c.mutations() + "): " + problems);
                save(c, problems);
            }
        }
        System.out.printf("CSV fuzz: %,d files from seed %d (%,d unusable headers, %,d rows), slowest %,d ms, "
                + "%d failing%n", CASES, SEED, unusable, rows, slowest, failures.size());
        time.forEach((mode, t) -> System.out.printf("  %s: %,d runs, %,d ms%n", mode, t[0], t[1]));
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())),
                failures.size() + " failing case(s); inputs in target/fuzz-failures");
        assertTrue(unusable < CASES / 2, "most cases reach the rows");
    }

    /** Case {@code index} of the run: reproducible from the seed alone. */
    private static Case generate(List<byte[]> bases, int index) {
        Random random = new Random(SEED * 1_000_003L + index);
        List<String> mutations = new ArrayList<>();
        byte[] base = bases.get(random.nextInt(bases.size()));
        byte[] mutated = CsvMutations.mutate(base, random, mutations);
        ReferenceRows.Expected before = of(mutated);
        List<Sentinel> sentinels = new ArrayList<>();
        byte[] input = mutated;
        if (before.headerProblem() == null) {
            // Sentinel rows go after line feeds (never inside the header), after the mutations, so none touches them.
            List<Integer> afterLineFeeds = new ArrayList<>();
            for (int p = 0; p < mutated.length; p++) {
                if (mutated[p] == '\n') {
                    afterLineFeeds.add(p + 1);
                }
            }
            int count = 1 + random.nextInt(3);
            List<Integer> positions = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                positions.add(afterLineFeeds.isEmpty() ? mutated.length
                        : afterLineFeeds.get(random.nextInt(afterLineFeeds.size())));
            }
            positions.sort(null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int copied = 0;
            for (int k = 0; k < count; k++) {
                int at = positions.get(k);
                out.write(mutated, copied, at - copied);
                copied = at;
                if (afterLineFeeds.isEmpty()) {
                    out.write('\n');
                }
                String id = "SENTINEL" + k;
                long line = 1 + lineBreaks(new String(out.toByteArray(), StandardCharsets.UTF_8));
                sentinels.add(new Sentinel(id, line));
                out.writeBytes((sentinelRow(before.header(), id) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(mutated, copied, mutated.length - copied);
            input = out.toByteArray();
        }
        return new Case(index, mutations, input, of(input), sentinels);
    }

    private static ReferenceRows.Expected of(byte[] input) {
        return ReferenceRows.of(new String(input, StandardCharsets.UTF_8), InputLimits.MAX_ROW_CHARS,
                InputLimits.MAX_COLUMNS);
    }

    private static String sentinelRow(List<String> header, String id) {
        List<String> cells = new ArrayList<>();
        for (String column : header) {
            cells.add(column.equals("id") ? id : SENTINEL.getOrDefault(column, ""));
        }
        return String.join(",", cells);
    }

    private static long lineBreaks(String text) {
        return text.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
    }

    private static Run run(byte[] input, Mode mode) {
        List<String> args = new ArrayList<>(List.of(mode == Mode.CHECK ? "check" : "assess", "--no-progress",
                "--threads", "1"));
        if (mode != Mode.CHECK) {
            args.addAll(List.of("--format", mode == Mode.CSV ? "csv" : "jsonl"));
        }
        args.add("-");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long started = System.nanoTime();
        int code = Cli.execute(args.toArray(String[]::new), new ByteArrayInputStream(input), new PrintWriter(out),
                new PrintWriter(err));
        return new Run(code, out.toString(), err.toString(), (System.nanoTime() - started) / 1_000_000);
    }

    private static List<String> check(Case c, Mode mode, Run run) {
        List<String> problems = new ArrayList<>();
        ReferenceRows.Expected expected = c.expected();
        if (run.millis() > CASE_LIMIT_MS) {
            problems.add("took " + run.millis() + " ms");
        }
        if (run.err().contains("Exception") || run.err().contains("\tat ") || run.err().contains("unexpected")) {
            problems.add("stack trace or unexpected failure: " + head(run.err()));
        }
        for (String token : TOKENS) {
            if (run.err().contains(token)) {
                problems.add("a health value on standard error");
            }
        }
        if (expected.headerProblem() != null) {
            if (run.exitCode() != 2) {
                problems.add("exit " + run.exitCode() + " for an unusable header (" + expected.headerProblem() + ")");
            }
            return problems;
        }
        if (run.exitCode() != 0 && run.exitCode() != 3) {
            problems.add("exit " + run.exitCode() + ": " + head(run.err()));
            return problems;
        }
        try {
            switch (mode) {
                case CHECK -> checkText(c, run, problems);
                case JSONL -> checkJsonLines(c, run, problems);
                default -> checkCsv(c, run, problems);
            }
        } catch (IOException | RuntimeException e) {
            problems.add("output not readable: " + e);
        }
        return problems;
    }

    private static void checkText(Case c, Run run, List<String> problems) {
        for (String token : TOKENS) {
            if (run.out().contains(token)) {
                problems.add("a health value in the check report: " + token);
            }
        }
        Matcher counts = ROWS.matcher(run.out());
        if (!counts.find()) {
            problems.add("no row counts: " + head(run.out()));
            return;
        }
        long read = Long.parseLong(counts.group(1).replace(",", ""));
        long invalid = Long.parseLong(counts.group(3).replace(",", ""));
        if (read != c.expected().lines().size()) {
            problems.add(read + " rows read, expected " + c.expected().lines().size() + " at " + c.expected().lines());
        }
        if ((invalid == 0) != (run.exitCode() == 0)) {
            problems.add("exit " + run.exitCode() + " with " + invalid + " invalid rows");
        }
        List<Long> invalidLines = new ArrayList<>();
        Matcher m = INVALID_LINE.matcher(run.out());
        while (m.find()) {
            invalidLines.add(Long.parseLong(m.group(1)));
        }
        if (invalidLines.size() != invalid) {
            problems.add(invalidLines.size() + " invalid rows listed, " + invalid + " counted");
        }
        Set<Long> lines = new HashSet<>(c.expected().lines());
        for (int i = 0; i < invalidLines.size(); i++) {
            if (!lines.contains(invalidLines.get(i)) || i > 0 && invalidLines.get(i) <= invalidLines.get(i - 1)) {
                problems.add("invalid row at line " + invalidLines.get(i) + ", where no row starts or out of order");
            }
        }
        for (Sentinel s : c.sentinels()) {
            if (invalidLines.contains(s.line())) {
                problems.add("sentinel row " + s.id() + " at line " + s.line() + " is reported invalid");
            }
            if (!lines.contains(s.line())) {
                problems.add("no row starts at sentinel line " + s.line() + " by the reference rules");
            }
        }
    }

    private static void checkJsonLines(Case c, Run run, List<String> problems) throws IOException {
        List<Long> lines = new ArrayList<>();
        boolean anyError = false;
        Map<Long, Sentinel> sentinels = new LinkedHashMap<>();
        c.sentinels().forEach(s -> sentinels.put(s.line(), s));
        for (String text : run.out().split("\n")) {
            if (text.isBlank()) {
                continue;
            }
            JsonNode record = JSON.readTree(text);
            long line = record.get("line").asLong();
            lines.add(line);
            boolean error = "error".equals(record.get("status").asText());
            anyError |= error;
            Sentinel s = sentinels.get(line);
            if (s != null) {
                if (error || !s.id().equals(record.get("id").asText())) {
                    problems.add("sentinel " + s.id() + " at line " + line + ": " + head(text));
                }
            } else {
                for (String token : TOKENS) {
                    if (text.contains(token)) {
                        problems.add("a sentinel's value " + token + " in the record of line " + line);
                    }
                }
            }
        }
        if (!lines.equals(c.expected().lines())) {
            problems.add("record lines " + lines + ", expected " + c.expected().lines());
        }
        if (anyError != (run.exitCode() == 3)) {
            problems.add("exit " + run.exitCode() + (anyError ? " with" : " without") + " error records");
        }
    }

    private static void checkCsv(Case c, Run run, List<String> problems) throws IOException {
        List<CsvRecord> records = CsvReader.builder().ofCsvRecord(new StringReader(run.out())).stream().toList();
        Set<Long> sentinelLines = new HashSet<>();
        c.sentinels().forEach(s -> sentinelLines.add(s.line()));
        List<Long> lines = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            for (String cell : record.getFields()) {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                    problems.add("a cell that starts a formula, line " + record.getField(1));
                }
            }
            long line = Long.parseLong(record.getField(1));
            if (lines.isEmpty() || lines.get(lines.size() - 1) != line) {
                lines.add(line);
            }
            if (!sentinelLines.contains(line)) {
                for (String token : TOKENS) {
                    if (String.join(",", record.getFields()).contains(token)) {
                        problems.add("a sentinel's value " + token + " in the CSV row of line " + line);
                    }
                }
            }
        }
        if (!lines.equals(c.expected().lines())) {
            problems.add("CSV lines " + lines + ", expected " + c.expected().lines());
        }
    }

    private static String head(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    private static void save(Case c, List<String> problems) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
            String name = "csv-seed" + SEED + "-case" + c.index();
            Files.write(dir.resolve(name + ".csv"), c.input());
            Files.writeString(dir.resolve(name + ".txt"), c.mutations() + "\n" + problems + "\n");
        } catch (IOException e) {
            // The assertion message still names the case.
        }
    }
}
