package org.osteorisk.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osteorisk.engine.RuleSetException;
import org.osteorisk.reference.DataFile;
import org.osteorisk.reference.ProblemList;

/**
 * Which LOINC codes give which measure, how long an observation of it stays usable, and the UCUM units it is accepted
 * in: the data files {@code observation-codes.csv} and {@code observation-units.csv}. Immutable.
 */
public final class ObservationTable {

    public static final String CODES_FILE = "observation-codes.csv";
    public static final String UNITS_FILE = "observation-units.csv";

    /** The measures the mapper knows how to put into a profile. */
    static final Set<String> MEASURES = Set.of(Measure.SERUM_25OHD, Measure.SERUM_B12, Measure.HOMOCYSTEINE,
            Measure.WEIGHT, Measure.HEIGHT, Measure.PREGNANCY_STATUS, Measure.TSCORE_LUMBAR_SPINE,
            Measure.TSCORE_FEMORAL_NECK, Measure.TSCORE_TOTAL_HIP);

    /** One LOINC code of the table. */
    public record Code(String loinc, String measure, int windowDays, String display) {
    }

    private final Map<String, Code> codes;
    private final Map<String, Map<String, Double>> factors;

    private ObservationTable(Map<String, Code> codes, Map<String, Map<String, Double>> factors) {
        this.codes = Map.copyOf(codes);
        this.factors = Map.copyOf(factors);
    }

    /** The tables shipped with this module. */
    public static ObservationTable bundled() {
        return read(CODES_FILE, resource(CODES_FILE), UNITS_FILE, resource(UNITS_FILE));
    }

    /**
     * Tables edited by a user: both files in {@code folder}.
     *
     * @throws RuleSetException naming the file, line and column of every bad cell
     */
    public static ObservationTable load(Path folder) {
        try {
            return read(folder.resolve(CODES_FILE).toString(), Files.newBufferedReader(folder.resolve(CODES_FILE)),
                    folder.resolve(UNITS_FILE).toString(), Files.newBufferedReader(folder.resolve(UNITS_FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the observation tables in " + folder, e);
        }
    }

    public Optional<Code> code(String loinc) {
        return Optional.ofNullable(codes.get(loinc));
    }

    /** The LOINC codes of the table, for prefetch queries. */
    public Set<String> loincCodes() {
        return codes.keySet();
    }

    /** The factor that converts a value in {@code ucumUnit} to the measure's own unit, if the unit is accepted. */
    public Optional<Double> factor(String measure, String ucumUnit) {
        return Optional.ofNullable(factors.getOrDefault(measure, Map.of()).get(ucumUnit));
    }

    private static Reader resource(String name) {
        InputStream in = ObservationTable.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name + " of osteorisk-fhir");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static ObservationTable read(String codesName, Reader codesText, String unitsName, Reader unitsText) {
        ProblemList problems = new ProblemList();
        Map<String, Code> codes = new HashMap<>();
        new DataFile(codesName, problems).read(codesText, List.of("code", "measure", "window_days", "display"), row -> {
            String measure = measure(row, "measure");
            int window;
            try {
                window = Integer.parseInt(row.text("window_days"));
            } catch (NumberFormatException e) {
                throw row.fail("window_days", "expected a whole number of days");
            }
            if (window <= 0) {
                throw row.fail("window_days", "expected a positive number of days");
            }
            Code code = new Code(row.text("code"), measure, window, row.text("display"));
            if (codes.putIfAbsent(code.loinc(), code) != null) {
                throw row.fail("code", "listed twice");
            }
        });
        Map<String, Map<String, Double>> factors = new HashMap<>();
        new DataFile(unitsName, problems).read(unitsText, List.of("measure", "unit", "factor"), row -> {
            String measure = measure(row, "measure");
            double factor;
            try {
                factor = Double.parseDouble(row.text("factor"));
            } catch (NumberFormatException e) {
                throw row.fail("factor", "expected a number");
            }
            if (!(factor > 0) || Double.isInfinite(factor)) {
                throw row.fail("factor", "expected a positive number");
            }
            if (factors.computeIfAbsent(measure, m -> new HashMap<>()).putIfAbsent(row.text("unit"), factor) != null) {
                throw row.fail("unit", "listed twice for " + measure);
            }
        });
        for (Code code : codes.values()) {
            if (!code.measure().equals(Measure.PREGNANCY_STATUS) && !factors.containsKey(code.measure())) {
                problems.add(unitsName, 0, 0, "no unit for measure " + code.measure() + " (used by LOINC "
                        + code.loinc() + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems.all());
        }
        return new ObservationTable(codes, factors);
    }

    private static String measure(DataFile.Row row, String column) {
        String measure = row.text(column);
        if (!MEASURES.contains(measure)) {
            throw row.fail(column, "unknown measure; expected one of " + String.join(", ", MEASURES.stream().sorted().toList()));
        }
        return measure;
    }
}
