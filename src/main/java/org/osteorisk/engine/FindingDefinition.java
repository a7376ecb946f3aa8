package org.osteorisk.engine;

import java.util.List;
import java.util.Set;

import org.osteorisk.model.Evidence;
import org.osteorisk.model.Finding;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Severity;

/**
 * What a rule says when it fires, read from its metadata ({@code @code}, {@code @severity}, ...): one per rule.
 * Several rules may share a code (one per severity, say); they then agree on its meaning.
 *
 * @param when        plain-language condition from {@code @when}, or null when the rule has none
 * @param exclusive   from {@code @exclusive(true)}: a finding that replaces every other finding of the profile
 *                    (out of scope)
 * @param file        the rule file, as the user knows it
 * @param line        the line of the rule in that file
 * @param conditions  the rule's conditions (its {@code when} part) as written
 * @param thresholds  the names of the thresholds the rule reads
 * @param nutrients   the nutrients whose reference intakes the rule compares with
 */
public record FindingDefinition(
        String code,
        Severity severity,
        Evidence evidence,
        String domain,
        String title,
        Template explanation,
        Template recommendation,
        List<String> sources,
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
                () -> recommendation.render(facts), sources, evidence, rule);
    }
}
