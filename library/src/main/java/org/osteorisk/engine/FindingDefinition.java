package org.osteorisk.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.osteorisk.model.Advice;
import org.osteorisk.model.Evidence;
import org.osteorisk.model.Finding;
import org.osteorisk.model.MessageKeys;
import org.osteorisk.model.MessageValue;
import org.osteorisk.model.MessageValue.Terms;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.ScopeNotice;
import org.osteorisk.model.Severity;
import org.osteorisk.model.Source;

/**
 * What a rule says when it fires, read from its metadata ({@code @code}, {@code @severity}, ...): one per rule.
 * Several rules may share a code (one per severity, say); they then agree on its meaning.
 *
 * @param severity               null for a scope notice ({@code exclusive}), which is a status, not a finding
 * @param advice                 what the recommendation asks for, from {@code @advice}; an entry may apply only when
 *                               its nutrient is low for the person
 * @param cautiousRecommendation the recommendation's cautious form, used when a precaution outranks the advice; null
 *                               when the rule has none (the finding is then withdrawn instead)
 * @param cautiousAdvice         what the cautious form asks for
 * @param when                   plain-language condition from {@code @when}, or null when the rule has none
 * @param exclusive              from {@code @exclusive(true)}: a scope notice that replaces every finding of the
 *                               profile (out of scope)
 * @param file                   the rule file, as the user knows it
 * @param line                   the line of the rule in that file
 * @param conditions             the rule's conditions (its {@code when} part) as written
 * @param thresholds             the names of the thresholds the rule reads
 * @param nutrients              the nutrients whose reference intakes the rule compares with
 * @param messageKeys            where the texts live in a message bundle; set once the whole rule set is read, as a
 *                               code whose rules word a text differently has a key per rule
 * @param cautiousKeys           the same for the cautious form; null when the rule has none
 */
public record FindingDefinition(
        String code,
        Severity severity,
        Evidence evidence,
        String domain,
        String title,
        Template explanation,
        Template recommendation,
        List<AdviceItem> advice,
        Template cautiousRecommendation,
        List<AdviceItem> cautiousAdvice,
        List<Source> sources,
        String when,
        boolean exclusive,
        String rule,
        String file,
        int line,
        String conditions,
        List<String> thresholds,
        Set<Nutrient> nutrients,
        MessageKeys messageKeys,
        MessageKeys cautiousKeys) {

    /** This definition with its message keys. */
    FindingDefinition withMessageKeys(MessageKeys keys, MessageKeys cautious) {
        return new FindingDefinition(code, severity, evidence, domain, title, explanation, recommendation, advice,
                cautiousRecommendation, cautiousAdvice, sources, when, exclusive, rule, file, line, conditions,
                thresholds, nutrients, keys, cautious);
    }

    /** The variables the texts quote, in any form, by name: what a finding's values hold. */
    Map<String, Variable> variables() {
        Map<String, Variable> variables = new LinkedHashMap<>(explanation.variables());
        variables.putAll(recommendation.variables());
        if (cautiousRecommendation != null) {
            variables.putAll(cautiousRecommendation.variables());
        }
        variables.remove(Template.CAUTION);
        return variables;
    }

    /**
     * The finding for one profile; its values, and the English texts that quote them, are computed when first read.
     */
    public Finding toFinding(ProfileFacts facts, Wording english) {
        Supplier<Map<String, MessageValue>> values = once(() -> values(facts, null));
        return new Finding(code, severity, domain, title, () -> explanation.render(values.get(), english),
                () -> recommendation.render(values.get(), english), adviceFor(facts), sources, evidence, rule,
                messageKeys, values);
    }

    /**
     * The finding in its cautious form, quoting in {@code {caution}} the reasons of the precautions that reworded it.
     *
     * @param precautions the codes of those precautions
     */
    public Finding toCautiousFinding(ProfileFacts facts, List<String> precautions, Wording english) {
        Supplier<Map<String, MessageValue>> values = once(() -> values(facts, precautions));
        return new Finding(code, severity, domain, title, () -> explanation.render(values.get(), english),
                () -> cautiousRecommendation.render(values.get(), english), cautiousAdviceFor(facts), sources,
                evidence, rule, cautiousKeys, values);
    }

    /** The value of every variable the texts quote; {@code caution} too when the precautions are given. */
    private Map<String, MessageValue> values(ProfileFacts facts, List<String> precautions) {
        Map<String, MessageValue> values = new LinkedHashMap<>();
        variables().values().forEach(v -> values.put(v.name(), v.value().apply(facts)));
        if (precautions != null) {
            values.put(Template.CAUTION, new Terms(precautions));
        }
        return Collections.unmodifiableMap(values);
    }

    /** Computes once, on first use; a racy single check, safe because the value is an unmodifiable map. */
    private static <T> Supplier<T> once(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    v = compute.get();
                    value = v;
                }
                return v;
            }
        };
    }

    /** The advice that applies to this person. */
    public List<Advice> adviceFor(ProfileFacts facts) {
        return AdviceItem.forPerson(advice, facts, facts.reference().adviceTargets());
    }

    /** The cautious form's advice that applies to this person. */
    public List<Advice> cautiousAdviceFor(ProfileFacts facts) {
        return AdviceItem.forPerson(cautiousAdvice, facts, facts.reference().adviceTargets());
    }

    /** Every advice the rule may ask for, in any form, for checks that hold whoever the person is. */
    public List<Advice> possibleAdvice() {
        return AdviceItem.possible(advice);
    }

    /** Every advice the rule's cautious form may ask for. */
    public List<Advice> possibleCautiousAdvice() {
        return AdviceItem.possible(cautiousAdvice);
    }

    public boolean hasCautiousForm() {
        return cautiousRecommendation != null;
    }

    /** The scope notice of an exclusive rule, for one profile. */
    public ScopeNotice toScopeNotice(ProfileFacts facts, Wording english) {
        Map<String, MessageValue> values = values(facts, null);
        return new ScopeNotice(code, title, explanation.render(values, english), recommendation.render(values, english),
                sources, messageKeys, values);
    }
}
