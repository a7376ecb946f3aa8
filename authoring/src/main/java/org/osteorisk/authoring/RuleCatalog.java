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

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.osteorisk.engine.AdviceItem;
import org.osteorisk.engine.FindingDefinition;
import org.osteorisk.engine.Quantities;
import org.osteorisk.engine.RuleSet;
import org.osteorisk.model.Advice;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Source;
import org.osteorisk.reference.PrecautionTable.Precaution;
import org.osteorisk.reference.ReferenceIntake;
import org.osteorisk.reference.Suggestions;
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
            out.println("  advice: " + advice(first.advice()));
            out.println("  sources: " + first.sources().stream().map(Source::label).collect(Collectors.joining("; ")));
            for (FindingDefinition d : e.getValue()) {
                out.printf("  rule: %s:%d \"%s\"%n", d.file(), d.line(), d.rule());
            }
        }
    }

    private static String severities(List<FindingDefinition> definitions) {
        return definitions.stream().map(RuleCatalog::severity).distinct().collect(Collectors.joining("/"));
    }

    /** A finding's severity, or "scope notice" for an exclusive rule (a status, not a finding). */
    private static String severity(FindingDefinition d) {
        return d.severity() == null ? "scope notice" : d.severity().key();
    }

    private static String advice(List<?> advice) {
        return advice.isEmpty() ? Advice.NONE : advice.stream().map(Object::toString).collect(Collectors.joining("; "));
    }

    private static String keys(List<Source> sources) {
        return sources.stream().map(Source::key).collect(Collectors.joining("; "));
    }

    private void writeCsv(PrintWriter out) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord("code", "severity", "evidence", "domain", "title", "advice", "sources", "file", "line", "rule");
        for (FindingDefinition d : ruleSet.definitions()) {
            csv.writeRecord(d.code(), severity(d), d.evidence().key(), d.domain(), d.title(), advice(d.advice()),
                    keys(d.sources()), d.file(), Integer.toString(d.line()), d.rule());
        }
        csv.flush();
    }

    private void writeJson(PrintWriter out) throws IOException {
        // The mapper's generator writes sources and advice with the result's own serialisers: one shape for both.
        try (JsonGenerator json = new ObjectMapper().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("rule_set", ruleSet.info().name());
            json.writeStringField("version", ruleSet.info().version());
            json.writeStringField("fingerprint", ruleSet.info().fingerprint());
            json.writeArrayFieldStart("rules");
            for (FindingDefinition d : ruleSet.definitions()) {
                json.writeStartObject();
                json.writeStringField("code", d.code());
                json.writeStringField("kind", d.exclusive() ? "scope_notice" : "finding");
                if (d.severity() != null) {
                    json.writeStringField("severity", d.severity().key());
                }
                json.writeStringField("evidence", d.evidence().key());
                json.writeStringField("domain", d.domain());
                json.writeStringField("title", d.title());
                writeAdviceItems(json, "advice", d.advice());
                if (d.hasCautiousForm()) {
                    writeAdviceItems(json, "cautious_advice", d.cautiousAdvice());
                }
                json.writeObjectField("sources", d.sources());
                json.writeStringField("file", d.file());
                json.writeNumberField("line", d.line());
                json.writeStringField("rule", d.rule());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("precautions");
            for (Precaution p : ruleSet.reference().precautions().all().stream()
                    .sorted(java.util.Comparator.comparing(Precaution::code)).toList()) {
                json.writeStartObject();
                json.writeStringField("code", p.code());
                json.writeObjectField("blocks", p.blocks());
                json.writeStringField("resolution", p.resolution().key());
                json.writeStringField("reason", p.reason());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.println();
    }

    private static void writeAdviceItems(JsonGenerator json, String name, List<AdviceItem> items) throws IOException {
        json.writeArrayFieldStart(name);
        for (AdviceItem item : items) {
            json.writeStartObject();
            json.writeStringField("action", item.advice().action().key());
            json.writeStringField("target", item.advice().target());
            if (item.ifLow()) {
                json.writeBooleanField("if_low", true);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
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
                    definitions.size() > 1 ? " -> " + severity(d) : "", d.rule(), d.file(), d.line());
            for (String line : d.conditions().split("\n")) {
                out.println("      " + line);
            }
        }
        thresholds(definitions, out);
        out.println();
        out.println("Sources:");
        first.sources().forEach(s -> out.println("  - " + s.citation() + (s.url().isEmpty() ? "" : " " + s.url())));
        out.println();
        out.println("Explanation, as written in the rule (values filled in per person):");
        out.println("  " + first.explanation().source());
        out.println("Recommendation:");
        out.println("  " + first.recommendation().source());
        if (!first.exclusive()) {
            out.println("Advice (what the recommendation asks for): " + advice(first.advice()));
            precedence(first, out);
        }
        return true;
    }

    /** Where the code stands in the plan's precedence: what it outranks, and what may outrank it. */
    private void precedence(FindingDefinition definition, PrintWriter out) {
        if (definition.hasCautiousForm()) {
            out.println("Cautious form (when a precaution outranks the advice): "
                    + definition.cautiousRecommendation().source());
            out.println("  advice: " + advice(definition.cautiousAdvice()));
        }
        Precaution own = ruleSet.reference().precautions().of(definition.code());
        if (own != null) {
            out.println("Precaution: outranks " + advice(own.blocks()) + " (" + own.resolution().key() + "): "
                    + own.reason());
        }
        for (Precaution p : ruleSet.reference().precautions().all()) {
            if (!p.code().equals(definition.code()) && definition.possibleAdvice().stream().anyMatch(p::blocks)) {
                out.println("Outranked by " + p.code() + " when both apply: " + p.reason());
            }
        }
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
                    ruleSet.reference().sources().labels(t.source()));
        }
        for (Nutrient nutrient : nutrients) {
            out.printf("  %s reference intakes (intakes.csv):%n", nutrient.label());
            out.printf("    %-24s %8s %8s %8s  %s%n", "group", "EAR", "RDA/AI", "UL", "source");
            for (ReferenceIntake band : ruleSet.reference().intakes().bands(nutrient)) {
                out.printf("    %-24s %8s %8s %8s  %s%n", band.group(), value(band.ear()), value(band.rda()),
                        value(band.ul()), ruleSet.reference().sources().labels(band.source()));
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
            int d = Suggestions.distance(wanted, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }
}
