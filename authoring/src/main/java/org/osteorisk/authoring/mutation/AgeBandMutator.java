package org.osteorisk.authoring.mutation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Moves the age edges of {@code reference/intakes.csv}. Where one band of a nutrient ends at 50 and the next
 * starts at 51, both move together, by one year and by a few, either way (the bands stay adjacent: a wrong edge, not
 * a gap). The first band's start moves up only: below it the profile is out of scope anyway.
 */
final class AgeBandMutator implements Mutator {

    /** One year, which only a case at the edge notices, and a few, which a case near it notices. */
    private static final int[] MOVES = {1, -1, 4, -4};

    /** An edge of a nutrient's bands: the rows that end just before {@code age} and those that start at it. */
    private record Edge(String nutrient, int age, List<CsvText.Row> ending, List<CsvText.Row> starting) {
    }

    @Override
    public List<Mutation> mutations(RuleSetText rules) {
        String text = rules.text(RuleSetText.INTAKES);
        if (text == null) {
            return List.of();
        }
        List<CsvText.Row> rows = CsvText.rows(text);
        CsvText.Row header = rows.get(0);
        int nutrientColumn = header.indexOf("nutrient");
        int from = header.indexOf("age_from");
        int to = header.indexOf("age_to");
        Map<String, List<CsvText.Row>> byNutrient = new LinkedHashMap<>();
        for (CsvText.Row row : rows.subList(1, rows.size())) {
            if (!row.blank() && wholeNumber(row.value(from)) != null) {
                byNutrient.computeIfAbsent(row.value(nutrientColumn).trim(), n -> new ArrayList<>()).add(row);
            }
        }
        List<Mutation> mutations = new ArrayList<>();
        byNutrient.forEach((nutrient, bands) -> {
            TreeSet<Integer> starts = new TreeSet<>();
            bands.forEach(b -> starts.add(wholeNumber(b.value(from))));
            for (int age : starts) {
                List<CsvText.Row> starting = bands.stream().filter(b -> wholeNumber(b.value(from)) == age).toList();
                List<CsvText.Row> ending = bands.stream()
                        .filter(b -> Integer.valueOf(age - 1).equals(wholeNumber(b.value(to)))).toList();
                Edge edge = new Edge(IntakeBands.nutrientLabel(nutrient), age, ending, starting);
                boolean first = age == starts.first();
                for (int move : MOVES) {
                    if (first && move < 0) {
                        continue;
                    }
                    if (!first && ending.isEmpty()) {
                        continue; // a gap before this band already: not an edge between bands
                    }
                    mutations.add(mutation(edge, move, from, to, header, first));
                }
            }
        });
        return mutations;
    }

    private static Mutation mutation(Edge edge, int move, int from, int to, CsvText.Row header, boolean first) {
        List<Mutation.Edit> edits = new ArrayList<>();
        for (CsvText.Row row : edge.starting()) {
            CsvText.Field cell = row.fields().get(from);
            edits.add(new Mutation.Edit(cell.start(), cell.end(), Integer.toString(edge.age() + move)));
        }
        for (CsvText.Row row : edge.ending()) {
            CsvText.Field cell = row.fields().get(to);
            edits.add(new Mutation.Edit(cell.start(), cell.end(), Integer.toString(edge.age() - 1 + move)));
        }
        String starting = groups(edge.starting(), header);
        String description;
        if (first) {
            description = "the " + edge.nutrient() + " values for " + starting + " applied from age "
                    + (edge.age() + move) + " instead of " + edge.age();
        } else {
            description = "the " + edge.nutrient() + " bands changed at age " + (edge.age() + move) + " instead of "
                    + edge.age() + " (" + groups(edge.ending(), header) + " ending at " + (edge.age() - 1 + move)
                    + "; " + starting + " starting at " + (edge.age() + move) + ")";
        }
        int line = edge.ending().isEmpty() ? edge.starting().get(0).line() : edge.ending().get(0).line();
        return new Mutation(MutationKind.AGE_BAND, RuleSetText.INTAKES, line, description, edits);
    }

    private static String groups(List<CsvText.Row> rows, CsvText.Row header) {
        return String.join(", ", rows.stream().map(r -> IntakeBands.group(header, r)).toList());
    }

    private static Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
