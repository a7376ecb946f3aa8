package org.osteorisk.model;

import java.util.Comparator;
import java.util.List;

/**
 * One risk signal found in a profile, explained in plain language.
 *
 * @param code           the stable finding code (see the rule catalogue); apps route and localise on it
 * @param domain         the nutrient or area: calcium, vitamin_d, magnesium, vitamin_b12, vitamin_k, lifestyle, ...
 * @param explanation    the person's own numbers against the threshold, and where the threshold comes from
 * @param sources        the seed documents and external authorities behind the rule
 * @param rule           the name of the rule that produced it, for the audit trail
 */
public record Finding(
        String code,
        Severity severity,
        String domain,
        String title,
        String explanation,
        String recommendation,
        List<String> sources,
        Evidence evidence,
        String rule) {

    /** Most severe first, then by code. */
    public static final Comparator<Finding> ORDER =
            Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::code);

    public Finding {
        sources = List.copyOf(sources);
    }
}
