package org.osteorisk.authoring.mutation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The report for tools: counts, score and every mutant with its outcome, as one JSON object. */
public final class MutationReportJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MutationReportJson() {
    }

    public static void write(MutationReport report, double minScore, Writer out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("rule_set", report.ruleSet().toString());
        root.put("folder", report.displayRoot());
        root.put("cases", report.cases());
        report.failingCases().forEach(root.withArray("failing_cases")::add);
        root.put("mutants", report.outcomes().size());
        for (MutantOutcome.Status status : MutantOutcome.Status.values()) {
            root.put(status.key(), report.count(status));
        }
        root.put("score", Math.floor(report.score() * 10) / 10);
        root.put("min_score", minScore);
        root.put("passed", report.meets(minScore));
        root.put("seconds", report.millis() / 1000.0);
        root.put("threads", report.threads());
        ObjectNode kinds = root.putObject("by_kind");
        for (Map.Entry<MutationKind, long[]> kind : report.byKind().entrySet()) {
            ObjectNode counts = kinds.putObject(kind.getKey().key());
            counts.put("killed", kind.getValue()[0]);
            counts.put("survived", kind.getValue()[1]);
            counts.put("invalid", kind.getValue()[2]);
        }
        ArrayNode mutants = root.putArray("outcomes");
        for (MutantOutcome o : report.outcomes()) {
            ObjectNode m = mutants.addObject();
            m.put("status", o.status().key());
            m.put("kind", o.mutation().kind().key());
            m.put("location", o.mutation().location(report.displayRoot()));
            m.put("description", o.mutation().description());
            if (o.detail() != null) {
                m.put(o.status() == MutantOutcome.Status.KILLED ? "killed_by" : "problem", o.detail());
            }
        }
        try {
            // The caller owns the writer: Jackson would otherwise close it.
            JSON.writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, root);
            out.write(System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
