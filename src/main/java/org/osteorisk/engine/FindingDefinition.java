package org.osteorisk.engine;

import java.util.List;
import java.util.Set;

import org.osteorisk.model.Advice;
import org.osteorisk.model.Evidence;
import org.osteorisk.model.Finding;
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
        Set<Nutrient> nutrients) {

    /**
     * The finding for one profile; its explanation and recommendation, which quote that profile's values, are
     * formatted when first read.
     */
    public Finding toFinding(ProfileFacts facts) {
        return new Finding(code, severity, domain, title, () -> explanation.render(facts),
                () -> recommendation.render(facts), adviceFor(facts), sources, evidence, rule);
    }

    /** The finding in its cautious form, quoting {@code caution} (the precautions' reasons) where it says so. */
    public Finding toCautiousFinding(ProfileFacts facts, String caution) {
        return new Finding(code, severity, domain, title, () -> explanation.render(facts),
                () -> cautiousRecommendation.render(facts, caution), cautiousAdviceFor(facts), sources, evidence, rule);
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
    public ScopeNotice toScopeNotice(ProfileFacts facts) {
        return new ScopeNotice(code, title, explanation.render(facts), recommendation.render(facts), sources);
    }
}
