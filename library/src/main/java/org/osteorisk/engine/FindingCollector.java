package org.osteorisk.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.runtime.rule.RuleContext;
import org.osteorisk.model.ProfileFact;

/**
 * The global {@code findings} of every rule file: a rule reports a finding with
 * {@code findings.add(drools, $fact)}, where {@code $fact} is any fact of the profile. It records only which rule
 * fired for which profile; the text is formatted after the session, outside the rule engine.
 * One collector per session; not thread-safe, like the session.
 */
public final class FindingCollector {

    private final Map<String, FindingDefinition> definitionsByRule;
    private final Map<String, List<FindingDefinition>> byProfile = new HashMap<>();

    FindingCollector(Map<String, FindingDefinition> definitionsByRule) {
        this.definitionsByRule = definitionsByRule;
    }

    /**
     * Records that the rule now firing found its signal in the profile of {@code fact}.
     *
     * @param drools the rule's context, {@code drools} in a consequence: a {@link RuleContext} whether the rules run
     *               compiled from DRL or from the executable model, which types it differently
     */
    public void add(Object drools, ProfileFact fact) {
        RuleContext context = (RuleContext) drools;
        FindingDefinition definition = definitionsByRule.get(context.getRule().getName());
        if (definition == null) {
            throw new IllegalStateException("rule \"" + context.getRule().getName() + "\" has no finding metadata");
        }
        byProfile.computeIfAbsent(fact.profileId(), id -> new ArrayList<>(8)).add(definition);
    }

    /** The definitions of the findings reported for a profile, in firing order; empty when none. */
    List<FindingDefinition> reported(String profileId) {
        return byProfile.getOrDefault(profileId, List.of());
    }
}
