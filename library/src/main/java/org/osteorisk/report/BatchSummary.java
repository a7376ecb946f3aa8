package org.osteorisk.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osteorisk.model.Finding;
import org.osteorisk.model.RuleSetInfo;
import org.osteorisk.model.Severity;
import org.osteorisk.model.Suppression;

/**
 * Counts over a whole run, built row by row in input order: rows, good and bad rows, findings by code and severity.
 * Not thread-safe: one writer thread adds to it.
 */
public final class BatchSummary {

    private final String source;
    private final RuleSetInfo ruleSet;
    private final List<String> warnings;
    private long rows;
    private long bad;
    private long withFindings;
    private long outOfScope;
    private long findings;
    private final Map<Suppression.Resolution, Long> byResolution = new EnumMap<>(Suppression.Resolution.class);
    private final Map<String, Map<Suppression.Resolution, Long>> suppressedByCode = new TreeMap<>();
    private final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    private final Map<String, Map<Severity, Long>> byCode = new TreeMap<>();
    private long elapsedNanos;

    /**
     * @param ruleSet  the rules used, or null when rules were not run ({@code check})
     * @param warnings notes about the input as a whole (an unknown column)
     */
    public BatchSummary(String source, RuleSetInfo ruleSet, List<String> warnings) {
        this.source = source;
        this.ruleSet = ruleSet;
        this.warnings = List.copyOf(warnings);
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0L);
        }
        for (Suppression.Resolution r : Suppression.Resolution.values()) {
            byResolution.put(r, 0L);
        }
    }

    public void add(RowOutcome outcome) {
        rows++;
        if (!outcome.ok()) {
            bad++;
            return;
        }
        if (outcome.result() == null) {
            return;
        }
        if (outcome.result().outOfScope()) {
            outOfScope++;
        }
        for (Suppression s : outcome.result().suppressed()) {
            byResolution.merge(s.resolution(), 1L, Long::sum);
            suppressedByCode.computeIfAbsent(s.code(), c -> new EnumMap<>(Suppression.Resolution.class))
                    .merge(s.resolution(), 1L, Long::sum);
        }
        List<Finding> list = outcome.result().findings();
        if (!list.isEmpty()) {
            withFindings++;
        }
        for (Finding f : list) {
            findings++;
            bySeverity.merge(f.severity(), 1L, Long::sum);
            byCode.computeIfAbsent(f.code(), c -> new EnumMap<>(Severity.class)).merge(f.severity(), 1L, Long::sum);
        }
    }

    public void finish(long elapsedNanos) {
        this.elapsedNanos = elapsedNanos;
    }

    public String source() { return source; }
    public RuleSetInfo ruleSet() { return ruleSet; }
    public List<String> warnings() { return warnings; }
    public long rows() { return rows; }
    public long good() { return rows - bad; }
    public long bad() { return bad; }
    public long profilesWithFindings() { return withFindings; }
    /** Profiles outside the rules' scope (a child, pregnancy, lactation): a scope notice, no findings. */
    public long outOfScope() { return outOfScope; }
    /** Findings reworded or withdrawn by the plans' resolution step, one per (finding, precaution). */
    public long suppressed(Suppression.Resolution resolution) { return byResolution.get(resolution); }
    public long findings() { return findings; }
    public long findings(Severity severity) { return bySeverity.get(severity); }
    public double seconds() { return elapsedNanos / 1e9; }

    /** Finding counts per code, by severity, codes in alphabetical order. */
    public Map<String, Map<Severity, Long>> byCode() {
        Map<String, Map<Severity, Long>> copy = new TreeMap<>();
        byCode.forEach((code, counts) -> copy.put(code, Collections.unmodifiableMap(new EnumMap<>(counts))));
        return Collections.unmodifiableMap(copy);
    }

    /** Reworded and withdrawn counts per code, codes in alphabetical order. */
    public Map<String, Map<Suppression.Resolution, Long>> suppressedByCode() {
        Map<String, Map<Suppression.Resolution, Long>> copy = new TreeMap<>();
        suppressedByCode.forEach((code, counts) -> copy.put(code, Collections.unmodifiableMap(new EnumMap<>(counts))));
        return Collections.unmodifiableMap(copy);
    }

    /** Codes by total count, most frequent first, then by code. */
    public List<String> codesByFrequency() {
        List<String> codes = new ArrayList<>(byCode.keySet());
        codes.sort((a, b) -> {
            int byCount = Long.compare(total(b), total(a));
            return byCount != 0 ? byCount : a.compareTo(b);
        });
        return codes;
    }

    public long total(String code) {
        return byCode.getOrDefault(code, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The line every run ends with, on standard error. */
    public String line() {
        StringBuilder s = new StringBuilder("osteorisk: ").append(String.format("%,d", rows)).append(" row(s): ")
                .append(String.format("%,d", good())).append(ruleSet == null ? " good, " : " assessed, ")
                .append(String.format("%,d", bad)).append(" invalid");
        if (ruleSet != null) {
            s.append("; ").append(String.format("%,d", findings)).append(" finding(s) (")
                    .append(String.format("%,d", findings(Severity.CRITICAL))).append(" critical, ")
                    .append(String.format("%,d", findings(Severity.WARNING))).append(" warning, ")
                    .append(String.format("%,d", findings(Severity.INFO))).append(" info)");
            if (outOfScope > 0) {
                s.append("; ").append(String.format("%,d", outOfScope)).append(" out of scope");
            }
        }
        s.append(String.format(" in %.1f s", seconds()));
        if (seconds() > 0) {
            s.append(String.format(" (%,.0f rows/s)", rows / seconds()));
        }
        return s.toString();
    }
}
