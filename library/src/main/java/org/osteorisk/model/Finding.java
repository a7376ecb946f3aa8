package org.osteorisk.model;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.jspecify.annotations.Nullable;
import org.osteorisk.io.ResultJson;

/**
 * One risk signal found in a profile, explained in plain language. Immutable and thread-safe.
 *
 * <p>The explanation and recommendation are formatted when first read, not when the rules run: a report that only
 * counts findings never pays for text it does not show. Besides the English texts, a finding carries their
 * {@link #messageKeys() message keys} and the typed {@link #values() values} they quote, so an app can render them in
 * another language or show the numbers in its own widgets.
 */
@JsonSerialize(using = ResultJson.FindingSerializer.class)
@JsonDeserialize(using = ResultJson.FindingDeserializer.class)
public final class Finding {

    /** Most severe first, then by code. */
    public static final Comparator<Finding> ORDER =
            Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::code);

    private final String code;
    private final Severity severity;
    private final @Nullable String domain;
    private final @Nullable String title;
    private final Supplier<String> explanationSource;
    private final Supplier<String> recommendationSource;
    private final List<Advice> advice;
    private final List<Source> sources;
    private final Evidence evidence;
    private final @Nullable String rule;
    private final MessageKeys messageKeys;
    private final Supplier<Map<String, @Nullable MessageValue>> valuesSource;
    private Map<String, @Nullable MessageValue> values;
    // Formatted on first use. A racy single check is safe: Strings are immutable, and formatting twice gives the
    // same text.
    private String explanation;
    private String recommendation;

    /**
     * @param code           the stable finding code (see the rule catalogue); apps route and localise on it
     * @param domain         the nutrient or area: calcium, vitamin_d, magnesium, vitamin_b12, vitamin_k, lifestyle, ...
     * @param explanation    the person's own numbers against the threshold, and where the threshold comes from
     * @param advice         what the recommendation asks for, as data
     * @param sources        the references behind the rule
     * @param rule           the name of the rule that produced it, for the audit trail
     */
    public Finding(String code, Severity severity, @Nullable String domain, @Nullable String title,
                   String explanation, String recommendation, List<Advice> advice, List<Source> sources,
                   Evidence evidence, @Nullable String rule) {
        this(code, severity, domain, title, explanation, recommendation, advice, sources, evidence, rule,
                MessageKeys.of(code, false), Map.of());
    }

    /**
     * A finding with its message keys and values, as read back from JSON.
     *
     * @param values each variable the texts quote, mapped to its value or to null when unknown for the person
     */
    public Finding(String code, Severity severity, @Nullable String domain, @Nullable String title,
                   String explanation, String recommendation, List<Advice> advice, List<Source> sources,
                   Evidence evidence, @Nullable String rule, MessageKeys messageKeys,
                   Map<String, @Nullable MessageValue> values) {
        this(code, severity, domain, title, () -> Objects.requireNonNull(explanation, "explanation"),
                () -> Objects.requireNonNull(recommendation, "recommendation"), advice, sources, evidence, rule,
                messageKeys, () -> values);
    }

    /** A finding whose values are computed, and texts formatted, when first read. */
    public Finding(String code, Severity severity, @Nullable String domain, @Nullable String title,
                   Supplier<String> explanation, Supplier<String> recommendation, List<Advice> advice,
                   List<Source> sources, Evidence evidence, @Nullable String rule, MessageKeys messageKeys,
                   Supplier<Map<String, @Nullable MessageValue>> values) {
        this.code = Objects.requireNonNull(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.domain = domain;
        this.title = title;
        this.explanationSource = Objects.requireNonNull(explanation, "explanation");
        this.recommendationSource = Objects.requireNonNull(recommendation, "recommendation");
        this.advice = List.copyOf(advice);
        this.sources = List.copyOf(sources);
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.rule = rule;
        this.messageKeys = Objects.requireNonNull(messageKeys, "messageKeys");
        this.valuesSource = Objects.requireNonNull(values, "values");
    }

    public String code() { return code; }
    public Severity severity() { return severity; }
    public @Nullable String domain() { return domain; }
    public @Nullable String title() { return title; }
    /** What the recommendation asks for: {@code increase vitamin_k}, {@code review calcium_supplement}. */
    public List<Advice> advice() { return advice; }
    public List<Source> sources() { return sources; }
    public Evidence evidence() { return evidence; }
    public @Nullable String rule() { return rule; }
    /** The keys of the title, explanation and recommendation in a message bundle. */
    public MessageKeys messageKeys() { return messageKeys; }

    /**
     * The values the texts quote, by variable name ({@code calcium.total}, {@code calcium.rda},
     * {@code calcium.group}), in order of first use; a value unknown for the person maps to null. Unmodifiable.
     */
    public Map<String, @Nullable MessageValue> values() {
        Map<String, @Nullable MessageValue> map = values;
        if (map == null) {
            // Copied so that a null value (unknown) is kept, which Map.copyOf refuses. The racy single check is safe
            // as for the texts: the unmodifiable wrapper's final field publishes the copy.
            map = Collections.unmodifiableMap(new LinkedHashMap<>(valuesSource.get()));
            values = map;
        }
        return map;
    }

    /** The person's own numbers against the threshold, and where the threshold comes from. */
    public String explanation() {
        String text = explanation;
        if (text == null) {
            text = explanationSource.get();
            explanation = text;
        }
        return text;
    }

    /** What to do about it. */
    public String recommendation() {
        String text = recommendation;
        if (text == null) {
            text = recommendationSource.get();
            recommendation = text;
        }
        return text;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Finding)) {
            return false;
        }
        Finding f = (Finding) other;
        return code.equals(f.code) && severity == f.severity && Objects.equals(domain, f.domain)
                && Objects.equals(title, f.title) && explanation().equals(f.explanation())
                && recommendation().equals(f.recommendation()) && advice.equals(f.advice) && sources.equals(f.sources)
                && evidence == f.evidence && Objects.equals(rule, f.rule) && messageKeys.equals(f.messageKeys)
                && values().equals(f.values());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, domain, title, explanation(), recommendation(), advice, sources, evidence,
                rule, messageKeys);
    }

    /**
     * The code, severity and advice, never the explanation: it quotes the person's health values, and a
     * {@code toString()} ends up in logs.
     */
    @Override
    public String toString() {
        return "Finding[code=" + code + ", severity=" + severity.key() + ", advice=" + advice + ", rule=" + rule + "]";
    }
}
