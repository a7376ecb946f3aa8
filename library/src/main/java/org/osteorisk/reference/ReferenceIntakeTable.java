package org.osteorisk.reference;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Sex;

/**
 * The Dietary Reference Intakes by nutrient, sex and age, read from {@code reference/intakes.csv}
 * ({@code nutrient,unit,sex,age_from,age_to,ear,rda,ul,source}).
 */
public final class ReferenceIntakeTable {

    static final String FILE = "intakes.csv";
    private static final List<String> COLUMNS =
            List.of("nutrient", "unit", "sex", "age_from", "age_to", "ear", "rda", "ul", "source");

    private final Map<Nutrient, List<ReferenceIntake>> bands;

    public ReferenceIntakeTable(List<ReferenceIntake> rows) {
        Map<Nutrient, List<ReferenceIntake>> byNutrient = new EnumMap<>(Nutrient.class);
        for (ReferenceIntake row : rows) {
            byNutrient.computeIfAbsent(row.nutrient(), n -> new ArrayList<>()).add(row);
        }
        byNutrient.replaceAll((n, list) -> List.copyOf(list));
        this.bands = byNutrient;
    }

    /**
     * The band that applies to a person. With the age or sex unknown, every band the person could fall in is
     * merged: a value they all share is kept (the B12 RDA, the magnesium UL), a value they differ on is null.
     *
     * @return empty when no band applies (a child)
     */
    public Optional<ReferenceIntake> lookup(Nutrient nutrient, Integer age, Sex sex) {
        ReferenceIntake merged = null;
        for (ReferenceIntake band : bands.getOrDefault(nutrient, List.of())) {
            if (band.covers(age, sex)) {
                merged = merged == null ? band : merged.mergedWith(band);
            }
        }
        return Optional.ofNullable(merged);
    }

    /** Every band of a nutrient, in file order. */
    public List<ReferenceIntake> bands(Nutrient nutrient) {
        return bands.getOrDefault(nutrient, List.of());
    }

    static ReferenceIntakeTable load(RuleFile file, SourceCatalog sources, ProblemList problems) {
        List<ReferenceIntake> rows = new ArrayList<>();
        DataFile data = new DataFile(file.displayName(), problems);
        data.read(file, COLUMNS, row -> {
            ReferenceIntake band = parse(row);
            row.sources("source", sources);
            for (ReferenceIntake earlier : rows) {
                if (overlaps(earlier, band)) {
                    throw row.fail("age_from", "this band overlaps an earlier " + band.nutrient().key()
                            + " band (" + earlier.group() + ")");
                }
            }
            rows.add(band);
        });
        for (Nutrient nutrient : Nutrient.values()) {
            if (rows.stream().noneMatch(r -> r.nutrient() == nutrient)) {
                problems.add(file.displayName(), 0, 0, "no band for " + nutrient.key() + ": every nutrient needs at least one");
            }
        }
        return new ReferenceIntakeTable(rows);
    }

    private static ReferenceIntake parse(DataFile.Row row) {
        Nutrient nutrient;
        try {
            nutrient = Nutrient.fromKey(row.text("nutrient"));
        } catch (IllegalArgumentException e) {
            throw row.fail("nutrient", e.getMessage());
        }
        String unit = row.text("unit");
        if (!unit.equalsIgnoreCase(nutrient.unit().key())) {
            throw row.fail("unit", "expected " + nutrient.unit().key() + " for " + nutrient.key());
        }
        Sex sex = parseSex(row);
        Integer from = row.optionalWholeNumber("age_from");
        if (from == null) {
            throw row.fail("age_from", "required, but blank");
        }
        Integer to = row.optionalWholeNumber("age_to");
        if (to != null && to < from) {
            throw row.fail("age_to", "must not be below age_from");
        }
        Double ear = notNegative(row, "ear");
        Double rda = notNegative(row, "rda");
        Double ul = notNegative(row, "ul");
        if (rda == null) {
            throw row.fail("rda", "required, but blank (use the Adequate Intake where no RDA is set)");
        }
        if (ear != null && ear > rda) {
            throw row.fail("ear", "must not exceed the rda");
        }
        return new ReferenceIntake(nutrient, nutrient.unit().key(), sex, from, to, ear, rda, ul, row.text("source"));
    }

    private static Sex parseSex(DataFile.Row row) {
        String text = row.text("sex");
        if (text.equalsIgnoreCase("any")) {
            return null;
        }
        try {
            return Sex.parse(text);
        } catch (IllegalArgumentException e) {
            throw row.fail("sex", "expected female, male or any");
        }
    }

    private static Double notNegative(DataFile.Row row, String column) {
        Double value = row.optionalNumber(column);
        if (value != null && value < 0) {
            throw row.fail(column, "must not be negative");
        }
        return value;
    }

    private static boolean overlaps(ReferenceIntake a, ReferenceIntake b) {
        if (a.nutrient() != b.nutrient()) {
            return false;
        }
        boolean sexesOverlap = a.sex() == null || b.sex() == null || a.sex() == b.sex();
        int aTo = a.ageTo() == null ? Integer.MAX_VALUE : a.ageTo();
        int bTo = b.ageTo() == null ? Integer.MAX_VALUE : b.ageTo();
        return sexesOverlap && a.ageFrom() <= bTo && b.ageFrom() <= aTo;
    }
}
