package org.osteorisk.authoring;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.osteorisk.engine.FindingDefinition;
import org.osteorisk.engine.Quantities;
import org.osteorisk.engine.RuleSet;
import org.osteorisk.model.Nutrient;
import org.osteorisk.reference.ReferenceIntake;
import org.osteorisk.reference.Threshold;

/**
 * What a rule set can report, for people and tools: every code with its rules ({@code rules list}) and one code in
 * full, with the thresholds it reads from the reference data ({@code explain}).
 */
public final class RuleCatalog {

    /** Output formats of {@link #write}. */
    public enum Format { text, csv, json }

    private final RuleSet ruleSet;
    private final Map<String, List<FindingDefinition>> byCode;

    public RuleCatalog(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.byCode = ruleSet.definitions().stream()
                .collect(Collectors.groupingBy(FindingDefinition::code, TreeMap::new, Collectors.toList()));
    }

    /** Every code, in alphabetical order. */
    public Set<String> codes() {
        return byCode.keySet();
    }

    public void write(PrintWriter out, Format format) throws IOException {
        switch (format) {
            case csv: writeCsv(out); break;
            case json: writeJson(out); break;
            default: writeText(out);
        }
    }

    private void writeText(PrintWriter out) {
        out.println("Rule set " + ruleSet.info() + ": " + byCode.size() + " codes, "
                + ruleSet.definitions().size() + " rules");
        for (Map.Entry<String, List<FindingDefinition>> e : byCode.entrySet()) {
            FindingDefinition first = e.getValue().get(0);
            out.println();
            out.printf("%s  [%s | evidence: %s | %s]%n", e.getKey(), severities(e.getValue()), first.evidence().key(),
                    first.domain());
            out.println("  " + first.title());
            out.println("  sources: " + String.join("; ", first.sources()));
            for (FindingDefinition d : e.getValue()) {
                out.printf("  rule: %s:%d \"%s\"%n", d.file(), d.line(), d.rule());
            }
        }
    }

    private static String severities(List<FindingDefinition> definitions) {
        return definitions.stream().map(d -> d.severity().key()).distinct().collect(Collectors.joining("/"));
    }

    private void writeCsv(PrintWriter out) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord("code", "severity", "evidence", "domain", "title", "sources", "file", "line", "rule");
        for (FindingDefinition d : ruleSet.definitions()) {
            csv.writeRecord(d.code(), d.severity().key(), d.evidence().key(), d.domain(), d.title(),
                    String.join("; ", d.sources()), d.file(), Integer.toString(d.line()), d.rule());
        }
        csv.flush();
    }

    private void writeJson(PrintWriter out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("rule_set", ruleSet.info().name());
            json.writeStringField("version", ruleSet.info().version());
            json.writeStringField("fingerprint", ruleSet.info().fingerprint());
            json.writeArrayFieldStart("rules");
            for (FindingDefinition d : ruleSet.definitions()) {
                json.writeStartObject();
                json.writeStringField("code", d.code());
                json.writeStringField("severity", d.severity().key());
                json.writeStringField("evidence", d.evidence().key());
                json.writeStringField("domain", d.domain());
                json.writeStringField("title", d.title());
                json.writeArrayFieldStart("sources");
                for (String s : d.sources()) {
                    json.writeString(s);
                }
                json.writeEndArray();
                json.writeStringField("file", d.file());
                json.writeNumberField("line", d.line());
                json.writeStringField("rule", d.rule());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.println();
    }

    /**
     * Writes what a code means, when it fires, the thresholds it reads (with their current values from the
     * reference data), its sources and evidence.
     *
     * @return false when no rule emits the code
     */
    public boolean explain(String code, PrintWriter out) {
        List<FindingDefinition> definitions = byCode.get(code.trim().toUpperCase(Locale.ROOT));
        if (definitions == null) {
            return false;
        }
        FindingDefinition first = definitions.get(0);
        out.println(first.code() + ": " + first.title());
        out.printf("Domain: %s | Severity: %s | Evidence: %s%n", first.domain(), severities(definitions),
                first.evidence().key());
        out.println();
        out.println("When it fires:");
        for (FindingDefinition d : definitions) {
            out.printf("  %s%s (rule \"%s\", %s:%d)%n", d.when() == null ? "see the conditions below" : d.when(),
                    definitions.size() > 1 ? " -> " + d.severity().key() : "", d.rule(), d.file(), d.line());
            for (String line : d.conditions().split("\n")) {
                out.println("      " + line);
            }
        }
        thresholds(definitions, out);
        out.println();
        out.println("Sources:");
        first.sources().forEach(s -> out.println("  - " + s));
        out.println();
        out.println("Explanation, as written in the rule (values filled in per person):");
        out.println("  " + first.explanation().source());
        out.println("Recommendation:");
        out.println("  " + first.recommendation().source());
        return true;
    }

    private void thresholds(List<FindingDefinition> definitions, PrintWriter out) {
        Set<String> names = new LinkedHashSet<>();
        Set<Nutrient> nutrients = new LinkedHashSet<>();
        definitions.forEach(d -> {
            names.addAll(d.thresholds());
            nutrients.addAll(d.nutrients());
        });
        if (names.isEmpty() && nutrients.isEmpty()) {
            return;
        }
        out.println();
        out.println("Thresholds (from " + ruleSet.displayRoot() + "/reference, editable):");
        for (String name : names) {
            Threshold t = ruleSet.reference().thresholds().get(name);
            out.printf("  %s = %s %s: %s (%s)%n", name, Quantities.format(t.value()), t.unit(), t.description(),
                    t.source());
        }
        for (Nutrient nutrient : nutrients) {
            out.printf("  %s reference intakes (intakes.csv):%n", nutrient.label());
            out.printf("    %-24s %8s %8s %8s  %s%n", "group", "EAR", "RDA/AI", "UL", "source");
            for (ReferenceIntake band : ruleSet.reference().intakes().bands(nutrient)) {
                out.printf("    %-24s %8s %8s %8s  %s%n", band.group(), value(band.ear()), value(band.rda()),
                        value(band.ul()), band.source());
            }
        }
    }

    private static String value(Double value) {
        return value == null ? "-" : Quantities.format(value);
    }

    /** The known code most like {@code code}, for "did you mean". */
    public String closest(String code) {
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : byCode.keySet()) {
            int d = distance(wanted, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Edits (insert, delete, substitute, swap two neighbours) that turn one code into the other. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
