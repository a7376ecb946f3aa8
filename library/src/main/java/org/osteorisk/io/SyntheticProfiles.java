package org.osteorisk.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * Writes synthetic profiles in the batch CSV format, for demos and load tests: adults 19 to 95 of both sexes, the
 * four diets, supplement mixes with daily, weekly, monthly and yearly doses, conditions and medications (the
 * precautions among them: warfarin, kidney disease, kidney stones, hyperparathyroidism, hypercalcaemia, denosumab),
 * glucocorticoid doses, some lab values, some unknown values, and about 1 % bad rows of every kind the reader reports.
 * The same seed gives the same file.
 */
public final class SyntheticProfiles {

    static final List<String> COLUMNS = List.of("id", "age", "sex", "weight_kg", "height_cm", "pregnant", "menopausal",
            "diet", "calcium_mg", "magnesium_mg", "vitamin_d_iu", "vitamin_b12_mcg", "vitamin_k_mcg", "soda_per_day",
            "exercise_min_per_week", "high_impact_exercise", "smoker", "supplements", "conditions", "medications",
            "serum_25ohd_ng_ml", "serum_b12_pg_ml", "homocysteine_umol_l", "tscore", "glucocorticoid_mg_day",
            "glucocorticoid_months");
    private static final String[] DIETS = {"omnivore", "vegetarian", "vegan", "pescatarian"};
    private static final double BAD_ROW_SHARE = 0.01;

    private final SplittableRandom random;

    public SyntheticProfiles(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Writes a header and {@code count} rows. */
    public void write(Writer out, long count) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord(COLUMNS);
        for (long i = 1; i <= count; i++) {
            List<String> row = row(i);
            if (random.nextDouble() < BAD_ROW_SHARE) {
                spoil(row, i);
            }
            csv.writeRecord(row);
        }
        csv.flush();
    }

    private List<String> row(long index) {
        boolean female = random.nextBoolean();
        int age = 19 + random.nextInt(77);
        String diet = pick(0.80, 0.09, 0.05, 0.04);
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(String.format(Locale.ROOT, "S%07d", index));
        row.add(unknownOr(0.01, Integer.toString(age)));
        row.add(unknownOr(0.01, female ? "female" : "male"));
        row.add(unknownOr(0.05, number(normal(female ? 66 : 80, 12, 38, 160), 1)));
        row.add(unknownOr(0.10, number(normal(female ? 162 : 176, 7, 140, 205), 0)));
        row.add(female && age < 45 ? yesNo(0.03) : unknownOr(0.5, "no"));
        row.add(female ? (age >= 55 ? yesNo(0.95) : age >= 45 ? yesNo(0.5) : "no") : "");
        row.add(unknownOr(0.02, diet));
        row.add(unknownOr(0.05, number(normal(900, 300, 150, 2600), 0)));
        row.add(unknownOr(0.08, number(normal(300, 80, 60, 700), 0)));
        row.add(unknownOr(0.08, number(normal(400, 220, 0, 2000), 0)));
        row.add(unknownOr(0.10, number(diet.equals("vegan") ? normal(0.6, 0.4, 0, 3) : normal(4, 2, 0.2, 15), 1)));
        row.add(unknownOr(0.15, number(normal(100, 50, 10, 400), 0)));
        row.add(unknownOr(0.10, pickOf(new String[] {"0", "0", "0", "0.5", "1", "2", "3"})));
        row.add(unknownOr(0.10, number(normal(150, 100, 0, 600), 0)));
        row.add(unknownOr(0.10, yesNo(0.15)));
        row.add(unknownOr(0.05, yesNo(0.14)));
        row.add(supplements());
        row.add(conditions());
        String medications = medications();
        row.add(medications);
        row.add(chance(0.20) ? (chance(0.2) ? number(normal(62, 25, 10, 250), 0) + "nmol/L"
                : number(normal(25, 10, 4, 90), 1)) : "");
        row.add(chance(0.15) ? number(normal(400, 150, 90, 1200), 0) : "");
        row.add(chance(0.10) ? number(normal(11, 4, 4, 40), 1) : "");
        row.add(chance(0.15) ? number(normal(-1.2, 1.0, -4.5, 2.5), 1) : "");
        boolean glucocorticoid = medications.contains("prednisone") || medications.contains("budesonide");
        row.add(glucocorticoid && chance(0.6) ? pickOf(new String[] {"1", "2.5", "5", "7.5", "20"}) : "");
        row.add(glucocorticoid && chance(0.6) ? pickOf(new String[] {"1", "2", "3", "6", "24"}) : "");
        return row;
    }

    private String supplements() {
        List<String> entries = new ArrayList<>(4);
        if (chance(0.25)) {
            entries.add("calcium:" + pickOf(new String[] {"carbonate", "citrate"}) + " "
                    + (300 + 100 * random.nextInt(10)) + "mg/day");
        }
        double d = random.nextDouble();
        if (d < 0.25) {
            entries.add("vitamin_d:d3 " + pickOf(new String[] {"400", "800", "1000", "2000", "5000"}) + "IU/day");
        } else if (d < 0.28) {
            entries.add("vitamin_d 50000IU/month");
        } else if (d < 0.30) {
            entries.add("vitamin_d 100000IU/year");
        } else if (d < 0.32) {
            entries.add("vitamin_d:d2 25mcg/week");
        }
        if (chance(0.10)) {
            entries.add("magnesium:" + pickOf(new String[] {"oxide", "citrate", "glycinate"}) + " "
                    + (100 + 50 * random.nextInt(8)) + "mg/day");
        }
        if (chance(0.15)) {
            entries.add(chance(0.5) ? "vitamin_b12:cyanocobalamin 500mcg/day" : "vitamin_b12:methylcobalamin 1000mcg/week");
        }
        if (chance(0.05)) {
            entries.add("vitamin_k:mk7 " + (90 + 10 * random.nextInt(12)) + "mcg/day");
        }
        return String.join("; ", entries);
    }

    private String conditions() {
        return someOf(new String[] {"osteoporosis", "osteopenia", "ckd", "t2d", "ra", "crohns", "celiac",
                "hyperparathyroidism", "hypercalcaemia", "kidney_stones"},
                new double[] {0.05, 0.10, 0.03, 0.08, 0.02, 0.01, 0.01, 0.01, 0.005, 0.03});
    }

    private String medications() {
        return someOf(new String[] {"prednisone", "budesonide", "omeprazole", "metformin", "warfarin", "alendronate",
                "denosumab", "famotidine"},
                new double[] {0.03, 0.01, 0.08, 0.07, 0.02, 0.03, 0.015, 0.02});
    }

    /** Makes a row bad in one of the ways the reader reports; never with a health value in the message. */
    private void spoil(List<String> row, long index) {
        switch (random.nextInt(7)) {
            case 0: row.set(1, "abc"); break;
            case 1: row.set(8, "-" + (100 + random.nextInt(900))); break;
            case 2: row.set(2, "x"); break;
            case 3: row.set(17, "calcium 2 spoons/day"); break;
            case 4: row.remove(row.size() - 1); break;
            case 5: row.set(0, index > 1 ? String.format(Locale.ROOT, "S%07d", index - 1) : ""); break;
            default: row.set(0, ""); break;
        }
    }

    private String someOf(String[] names, double[] chances) {
        List<String> chosen = new ArrayList<>(2);
        for (int i = 0; i < names.length; i++) {
            if (chance(chances[i])) {
                chosen.add(names[i]);
            }
        }
        return String.join(";", chosen);
    }

    private String pick(double... shares) {
        double r = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            r -= shares[i];
            if (r < 0) {
                return DIETS[i];
            }
        }
        return DIETS[DIETS.length - 1];
    }

    private String pickOf(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private String yesNo(double pYes) {
        return chance(pYes) ? "yes" : "no";
    }

    private String unknownOr(double pUnknown, String value) {
        return chance(pUnknown) ? "" : value;
    }

    private double normal(double mean, double sd, double min, double max) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        double z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
        return Math.max(min, Math.min(max, mean + sd * z));
    }

    private static String number(double value, int decimals) {
        return decimals == 0 ? Long.toString(Math.round(value)) : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
