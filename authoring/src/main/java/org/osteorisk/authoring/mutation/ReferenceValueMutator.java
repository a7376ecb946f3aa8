package org.osteorisk.authoring.mutation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.osteorisk.engine.FindingDefinition;
import org.osteorisk.engine.Quantities;
import org.osteorisk.engine.Template;
import org.osteorisk.model.Nutrient;
import org.osteorisk.reference.ReferenceData;

/**
 * Nudges every number of {@code reference/intakes.csv} (EAR, RDA, UL) and {@code reference/thresholds.csv}: one
 * step either way (1 for a whole number, 0.1 for 2.4), which only a case on the boundary notices, and 10 % either
 * way, a wrong value from another table (for a whole number, rounded to a whole number). A value that no rule
 * compares with or quotes (the EAR of vitamin D, say) is left alone: no result could change with it.
 */
final class ReferenceValueMutator implements Mutator {

    private static final Map<String, String> INTAKE_VALUES = Map.of("ear", "EAR", "rda", "RDA", "ul", "UL");
    private static final BigDecimal TENTH = new BigDecimal("0.1");

    @Override
    public List<Mutation> mutations(RuleSetText rules) {
        List<Mutation> mutations = new ArrayList<>();
        String intakes = rules.text(RuleSetText.INTAKES);
        if (intakes != null) {
            intakeMutations(intakes, rules.definitions(), mutations);
        }
        String thresholds = rules.text(RuleSetText.THRESHOLDS);
        if (thresholds != null) {
            thresholdMutations(thresholds, rules.definitions(), mutations);
        }
        return mutations;
    }

    private static void intakeMutations(String text, List<FindingDefinition> definitions, List<Mutation> mutations) {
        List<CsvText.Row> rows = CsvText.rows(text);
        CsvText.Row header = rows.get(0);
        for (CsvText.Row row : rows.subList(1, rows.size())) {
            if (row.blank()) {
                continue;
            }
            String who = IntakeBands.group(header, row);
            String key = row.value(header.indexOf("nutrient")).trim();
            String nutrient = IntakeBands.nutrientLabel(key);
            String unit = row.value(header.indexOf("unit")) + "/day";
            for (Map.Entry<String, String> column : INTAKE_VALUES.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                int index = header.indexOf(column.getKey());
                if (index < 0 || index >= row.fields().size() || row.value(index).isBlank()
                        || !used(definitions, key, column.getKey())) {
                    continue;
                }
                CsvText.Field cell = row.fields().get(index);
                for (BigDecimal nudged : nudges(cell.value())) {
                    mutations.add(new Mutation(MutationKind.REFERENCE_VALUE, RuleSetText.INTAKES, row.line(),
                            "the " + nutrient + " " + column.getValue() + " for " + who + " were "
                                    + Quantities.format(nudged.doubleValue()) + " " + unit + " instead of "
                                    + Quantities.format(new BigDecimal(cell.value().trim()).doubleValue()),
                            List.of(new Mutation.Edit(cell.start(), cell.end(), nudged.toPlainString()))));
                }
            }
        }
    }

    private static void thresholdMutations(String text, List<FindingDefinition> definitions,
                                           List<Mutation> mutations) {
        List<CsvText.Row> rows = CsvText.rows(text);
        CsvText.Row header = rows.get(0);
        int name = header.indexOf("name");
        int value = header.indexOf("value");
        int unit = header.indexOf("unit");
        for (CsvText.Row row : rows.subList(1, rows.size())) {
            if (row.blank() || value >= row.fields().size() || !thresholdUsed(definitions, row.value(name).trim())) {
                continue;
            }
            CsvText.Field cell = row.fields().get(value);
            for (BigDecimal nudged : nudges(cell.value())) {
                mutations.add(new Mutation(MutationKind.REFERENCE_VALUE, RuleSetText.THRESHOLDS, row.line(),
                        "the threshold " + row.value(name) + " were " + nudged.toPlainString() + " "
                                + row.value(unit) + " instead of " + cell.value().trim(),
                        List.of(new Mutation.Edit(cell.start(), cell.end(), nudged.toPlainString()))));
            }
        }
    }

    /**
     * Whether some rule compares with a nutrient's reference value ({@code Intake( nutrient == Nutrient.CALCIUM,
     * total < ear )}) or quotes it ({@code {calcium.ear}}).
     */
    private static boolean used(List<FindingDefinition> definitions, String nutrientKey, String field) {
        Nutrient nutrient;
        try {
            nutrient = Nutrient.fromKey(nutrientKey);
        } catch (IllegalArgumentException e) {
            return true;
        }
        Pattern compared = Pattern.compile("\\b" + field + "\\b");
        String quoted = "{" + nutrient.key() + "." + field + "}";
        for (FindingDefinition d : definitions) {
            if (d.nutrients().contains(nutrient) && compared.matcher(d.conditions()).find()) {
                return true;
            }
            if (quotes(d, quoted)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a rule compares with the threshold or quotes it, or the engine derives a fact from it. */
    private static boolean thresholdUsed(List<FindingDefinition> definitions, String name) {
        if (ReferenceData.REQUIRED_THRESHOLDS.contains(name)) {
            return true;
        }
        for (FindingDefinition d : definitions) {
            if (d.thresholds().contains(name) || quotes(d, "{threshold." + name + "}")
                    || quotes(d, "{threshold." + name + ".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean quotes(FindingDefinition d, String variable) {
        for (Template t : new Template[] {d.explanation(), d.recommendation(), d.cautiousRecommendation()}) {
            if (t != null && t.source().contains(variable)) {
                return true;
            }
        }
        return false;
    }

    /** One step either way, then 10 % either way where that is more than a step; never the value itself. */
    static List<BigDecimal> nudges(String written) {
        BigDecimal value;
        try {
            value = new BigDecimal(written.trim());
        } catch (NumberFormatException e) {
            return List.of(); // not a number: rules validate reports it
        }
        BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(0, value.scale()));
        Set<BigDecimal> nudges = new LinkedHashSet<>();
        nudges.add(value.add(step));
        nudges.add(value.subtract(step));
        BigDecimal tenPercent = value.abs().multiply(TENTH);
        if (value.scale() <= 0) {
            tenPercent = tenPercent.setScale(0, RoundingMode.HALF_UP);
        }
        if (tenPercent.compareTo(step) > 0) {
            nudges.add(value.add(tenPercent));
            nudges.add(value.subtract(tenPercent));
        }
        List<BigDecimal> plain = new ArrayList<>();
        for (BigDecimal nudge : nudges) {
            BigDecimal stripped = nudge.stripTrailingZeros();
            plain.add(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
        }
        return plain;
    }
}
