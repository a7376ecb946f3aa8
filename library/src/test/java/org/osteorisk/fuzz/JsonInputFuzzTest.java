package org.osteorisk.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.osteorisk.io.ProfileJson;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.PlausibleRanges;
import org.osteorisk.model.Profile;
import org.osteorisk.model.ProfileValidationException;
import org.osteorisk.model.Supplement;

/**
 * Fuzzes {@link ProfileJson#read} with a few thousand hostile variants of a valid profile, on a fixed seed: byte
 * flips, stray tokens, deep nesting, huge numbers and strings, duplicate keys in any case, trailing garbage,
 * truncation, unicode. Every document is either read into a profile whose every value is plausible, or refused with
 * the one documented exception ({@link ProfileValidationException}, never a
 * NullPointerException), whose message (and causes) hold no value of the document; reading a string and reading a
 * stream agree; and no document takes long. {@code -Dosteorisk.fuzz.cases=N} and {@code -Dosteorisk.fuzz.seed=S}
 * run more (bench/fuzz.sh).
 */
class JsonInputFuzzTest {

    private static final long LIMIT_MS = 2_000;

    private static final String BASE = """
            {"id": "J1", "age": 57, "sex": "female", "weight_kg": 61.37, "height_cm": 163.91, "menopausal": true,
             "diet": "omnivore", "calcium_mg": 812.63, "magnesium_mg": 281.57, "vitamin_d_iu": 613.29,
             "vitamin_b12_mcg": 3.1729, "vitamin_k_mcg": 97.31, "soda_per_day": 0.3719,
             "exercise_min_per_week": 151.37, "smoker": false,
             "supplements": ["calcium:citrate 437.19mg/day",
                             {"nutrient": "vitamin_d", "form": "d3", "amount": 25.713, "unit": "mcg", "frequency": "week"}],
             "conditions": ["osteopenia"], "medications": "omeprazole", "serum_25ohd_ng_ml": "31.79",
             "serum_b12_pg_ml": 417.83, "homocysteine_umol_l": 9.713, "tscore": -1.379}
            """;

    private static final List<String> TOKENS = new ArrayList<>(CsvMutations.TOKENS);

    static {
        TOKENS.add("25.713");
    }

    private static final String[] INSERTS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "1e999", "-", "\\",
        "\\u0000", "\u0000", "NaN", "/*x*/", "\uFEFF", "0x10", "\u2028", "\uD83D\uDE00", "\uD800", "\"\": 1",
        "\"AGE\": 1", "\"age\": 2"};

    @Test
    void mutatedProfilesAreReadOrRefusedCleanly() {
        assertTrue(ProfileJson.read(BASE).id().equals("J1"), "the base document is valid");
        int cases = Integer.getInteger("osteorisk.fuzz.cases", 4_000);
        long seed = CsvMutations.SEED;
        List<String> failures = new ArrayList<>();
        int read = 0;
        long slowest = 0;
        for (int i = 0; i < cases; i++) {
            Random random = new Random(seed * 1_000_033L + i);
            List<String> applied = new ArrayList<>();
            String json = mutate(BASE, random, applied);
            // As bytes, a lone surrogate becomes '?': the stream is compared with the string of the same bytes.
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            String decoded = new String(bytes, StandardCharsets.UTF_8);
            long started = System.nanoTime();
            Object fromString = outcome(() -> ProfileJson.read(json));
            Object fromDecoded = outcome(() -> ProfileJson.read(decoded));
            Object fromStream = outcome(() -> ProfileJson.read(new ByteArrayInputStream(bytes)));
            long millis = (System.nanoTime() - started) / 1_000_000;
            slowest = Math.max(slowest, millis);
            List<String> problems = new ArrayList<>();
            if (millis > LIMIT_MS) {
                problems.add("took " + millis + " ms");
            }
            check(fromString, problems);
            check(fromStream, problems);
            if (!describe(fromDecoded).equals(describe(fromStream))) {
                problems.add("a string and a stream disagree: " + describe(fromDecoded) + " / " + describe(fromStream));
            }
            if (fromString instanceof Profile) {
                read++;
            }
            if (!problems.isEmpty()) {
                failures.add("case " + i + " " + applied + ": " + problems);
                save(seed, i, json, applied, problems);
            }
        }
        System.out.printf("JSON fuzz: %,d documents from seed %d (%,d read as profiles), slowest %,d ms, %d failing%n",
                cases, seed, read, slowest, failures.size());
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())),
                failures.size() + " failing case(s); inputs in target/fuzz-failures");
    }

    private interface Reading {
        Profile read() throws IOException;
    }

    private static Object outcome(Reading reading) {
        try {
            return reading.read();
        } catch (Exception | StackOverflowError e) {
            return e;
        }
    }

    private static String describe(Object outcome) {
        if (outcome instanceof Throwable) {
            return outcome.getClass().getSimpleName() + ": " + ((Throwable) outcome).getMessage();
        }
        return "profile " + ((Profile) outcome).id();
    }

    private static void check(Object outcome, List<String> problems) {
        if (outcome instanceof Throwable) {
            Throwable e = (Throwable) outcome;
            if (e.getClass() != ProfileValidationException.class) {
                problems.add("undocumented " + e);
                return;
            }
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                problems.add("no message");
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                for (String token : TOKENS) {
                    if (String.valueOf(t.getMessage()).contains(token)) {
                        problems.add("a value in the message: " + t.getMessage());
                    }
                }
            }
            return;
        }
        Profile p = (Profile) outcome;
        for (String token : TOKENS) {
            if (p.toString().contains(token)) {
                problems.add("a value in toString: " + p);
            }
        }
        try {
            PlausibleRanges.WEIGHT_KG.require(p.weightKg());
            PlausibleRanges.HEIGHT_CM.require(p.heightCm());
            PlausibleRanges.SODA_PER_DAY.require(p.sodaPerDay());
            PlausibleRanges.EXERCISE_MIN_PER_WEEK.require(p.exerciseMinPerWeek());
            for (Nutrient n : Nutrient.values()) {
                PlausibleRanges.dietaryIntake(n).require(p.dietaryIntake(n));
            }
            for (Supplement s : p.supplements()) {
                if (!PlausibleRanges.supplementDailyAmount(s.nutrient()).contains(s.dailyAmount())) {
                    problems.add("an implausible supplement was read");
                }
            }
            PlausibleRanges.T_SCORE.require(p.labs().tScore());
        } catch (IllegalArgumentException e) {
            problems.add("an implausible value was read: " + e.getMessage());
        }
        if (p.id().length() > 128 || p.id().chars().anyMatch(Character::isISOControl)) {
            problems.add("an unprintable or long id was read");
        }
    }

    private static String mutate(String json, Random random, List<String> applied) {
        String text = json;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(11);
            int at = random.nextInt(text.length() + 1);
            switch (kind) {
                case 0 -> {
                    applied.add("flip");
                    if (!text.isEmpty()) {
                        int p = Math.min(at, text.length() - 1);
                        text = text.substring(0, p) + (char) random.nextInt(0x3000) + text.substring(p + 1);
                    }
                }
                case 1 -> {
                    applied.add("insert");
                    text = text.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + text.substring(at);
                }
                case 2 -> {
                    applied.add("delete");
                    text = text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(20)));
                }
                case 3 -> {
                    applied.add("truncate");
                    text = text.substring(0, at);
                }
                case 4 -> {
                    int depth = new int[] {5, 15, 16, 17, 100, 5_000, 50_000}[random.nextInt(7)];
                    applied.add("nest " + depth);
                    String open = random.nextBoolean() ? "[" : "{\"a\":";
                    String close = open.equals("[") ? "]" : "}";
                    text = replaceValue(text, random, open.repeat(depth) + "1" + close.repeat(random.nextInt(4) == 0
                            ? depth / 2 : depth));
                }
                case 5 -> {
                    applied.add("huge number");
                    String[] numbers = {"9".repeat(10 + random.nextInt(3_000)), "1e308", "-1e309",
                        "1" + "0".repeat(307), "0." + "0".repeat(400) + "1", "1e-400", "-0", "4.9e-324",
                        "1" + "0".repeat(63), "1" + "0".repeat(64)};
                    text = replaceValue(text, random, numbers[random.nextInt(numbers.length)]);
                }
                case 6 -> {
                    applied.add("huge string");
                    text = replaceValue(text, random, "\"" + "x".repeat(1_000 + random.nextInt(100_000)) + "\"");
                }
                case 7 -> {
                    applied.add("duplicate key");
                    int colon = text.indexOf(':', at);
                    int quote = colon < 0 ? -1 : text.lastIndexOf('"', text.lastIndexOf('"', colon) - 1);
                    if (quote >= 0) {
                        int end = text.indexOf(',', colon);
                        String pair = text.substring(quote, end < 0 ? text.length() : end);
                        String copy = random.nextBoolean() ? pair : pair.toUpperCase();
                        text = text.substring(0, quote) + copy + ", " + text.substring(quote);
                    }
                }
                case 8 -> {
                    applied.add("trailing");
                    String[] tails = {"x", "{}", "]", " 1", "\"", "{\"id\":\"J2\"}", "\u0000", "//"};
                    text = text + tails[random.nextInt(tails.length)];
                }
                case 9 -> {
                    applied.add("id");
                    String[] ids = {"\"J\\u0000\"", "\"" + "i".repeat(200) + "\"", "\"=1+1\"", "\"J\\u202e\"",
                        "\" \"", "null", "[1]", "{}", "12", "\"J\\n2\""};
                    text = text.replaceFirst("\"J1\"", Matcher.quoteReplacement(
                            ids[random.nextInt(ids.length)]));
                }
                default -> {
                    applied.add("wrap");
                    text = replaceValue(text, random, random.nextBoolean() ? "{\"x\": [1, 2]}" : "[[\"a\"], {}]");
                }
            }
        }
        return text;
    }

    /** Replaces the value after a random colon, up to the next comma or closing brace. */
    private static String replaceValue(String text, Random random, String value) {
        List<Integer> colons = new ArrayList<>();
        for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
            colons.add(i);
        }
        if (colons.isEmpty()) {
            return text + value;
        }
        int colon = colons.get(random.nextInt(colons.size()));
        int end = colon + 1;
        while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != '}') {
            end++;
        }
        return text.substring(0, colon + 1) + " " + value + text.substring(end);
    }

    private static void save(long seed, int index, String json, List<String> applied, List<String> problems) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
            String name = "json-seed" + seed + "-case" + index;
            Files.write(dir.resolve(name + ".json"), json.getBytes(StandardCharsets.UTF_8));
            Files.writeString(dir.resolve(name + ".txt"), applied + "\n" + problems + "\n");
        } catch (IOException e) {
            // The assertion message still names the case.
        }
    }
}
