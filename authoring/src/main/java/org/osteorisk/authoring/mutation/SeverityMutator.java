package org.osteorisk.authoring.mutation;

import java.util.ArrayList;
import java.util.List;

import org.osteorisk.model.Severity;

/**
 * Gives each rule each other severity: a warning made critical floods triage, a critical finding made a warning
 * hides a drug interaction. In DRL files the {@code @severity} value changes; in a decision table, the row's
 * severity cell.
 */
final class SeverityMutator implements Mutator {

    private static final String SEVERITY_TEMPLATE = "severity(\"$param\")";
    private static final String CODE_TEMPLATE = "code(\"$param\")";

    @Override
    public List<Mutation> mutations(RuleSetText rules) {
        List<Mutation> mutations = new ArrayList<>();
        for (String file : rules.drlFiles()) {
            String drl = rules.text(file);
            for (DrlRules.Rule rule : DrlRules.of(drl)) {
                DrlRules.Metadata severity = rule.metadata().get("severity");
                if (severity != null) {
                    add(mutations, file, RuleSetText.lineOf(drl, severity.start()), rule.name(), rule.code(),
                            severity.value(), severity.start(), severity.end());
                }
            }
        }
        for (String file : rules.decisionTables()) {
            tableMutations(file, rules.text(file), mutations);
        }
        return mutations;
    }

    /**
     * A decision table's rows: the column whose template is {@code severity("$param")} holds each row's severity;
     * data rows follow the template row and its row of column titles, up to the first blank row.
     */
    private static void tableMutations(String file, String text, List<Mutation> mutations) {
        List<CsvText.Row> rows = CsvText.rows(text);
        for (int t = 0; t < rows.size(); t++) {
            int severityColumn = rows.get(t).indexOf(SEVERITY_TEMPLATE);
            if (severityColumn < 0) {
                continue;
            }
            int codeColumn = rows.get(t).indexOf(CODE_TEMPLATE);
            int nameColumn = t >= 2 ? rows.get(t - 2).indexOf("NAME") : -1;
            for (int r = t + 2; r < rows.size() && !rows.get(r).blank(); r++) {
                CsvText.Row row = rows.get(r);
                if (severityColumn >= row.fields().size()) {
                    continue;
                }
                CsvText.Field cell = row.fields().get(severityColumn);
                String name = nameColumn < 0 ? "row " + row.line() : row.value(nameColumn);
                add(mutations, file, row.line(), name, codeColumn < 0 ? "?" : row.value(codeColumn),
                        cell.value().trim(), cell.start(), cell.end());
            }
        }
    }

    private static void add(List<Mutation> mutations, String file, int line, String rule, String code,
                            String severity, int start, int end) {
        for (Severity other : Severity.values()) {
            if (!other.key().equals(severity)) {
                mutations.add(new Mutation(MutationKind.SEVERITY, file, line, "rule \"" + rule + "\" (" + code
                        + ") were " + other.key() + " instead of " + severity,
                        List.of(new Mutation.Edit(start, end, other.key()))));
            }
        }
    }
}
