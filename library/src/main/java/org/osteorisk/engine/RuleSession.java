package org.osteorisk.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.AssessmentStatus;
import org.osteorisk.model.Nutrient;

/**
 * Runs the rules once over a batch of profiles in a single session: facts in, fire with a limit, findings out.
 * Several profiles share the session (their facts are joined on the profile id), which costs far less than a
 * session each. The session is always disposed.
 */
final class RuleSession {

    /** Rule firings allowed per profile before a run is taken for a loop; a real profile needs a few dozen. */
    static final int FIRE_LIMIT_PER_PROFILE = 1_000;
    /** Firings watched after the limit is hit, to name the looping rule. */
    private static final int DIAGNOSIS_FIRINGS = 200;

    private RuleSession() {
    }

    /**
     * @param batch     profiles with distinct ids
     * @param timeLimit how long the session may run ({@link SessionDeadline})
     * @throws RunawayRuleException       when the rules exceed the fire limit
     * @throws AssessmentTimeoutException when the rules run past the time limit
     * @throws RuleEvaluationException    when a rule cannot be evaluated on the facts
     */
    static List<AssessmentResult> run(RuleSet ruleSet, List<ProfileFacts> batch, Duration timeLimit) {
        FindingCollector collector = new FindingCollector(ruleSet.definitionsByRule());
        KieSession session = ruleSet.kieBase().newKieSession();
        try (SessionDeadline deadline = SessionDeadline.start(session, timeLimit)) {
            ruleSet.setGlobals(session, collector);
            for (ProfileFacts facts : batch) {
                for (Object fact : facts.facts()) {
                    session.insert(fact);
                }
            }
            long limit = (long) FIRE_LIMIT_PER_PROFILE * batch.size();
            int fired = deadline.passed() ? 0 : session.fireAllRules((int) Math.min(limit, Integer.MAX_VALUE));
            if (deadline.passed()) {
                throw new AssessmentTimeoutException(ruleSet.info().toString(), timeLimit, batch.size());
            }
            if (fired >= limit) {
                throw new RunawayRuleException(loopingRule(session), limit);
            }
        } catch (RunawayRuleException | AssessmentTimeoutException e) {
            throw e;
        } catch (RuntimeException e) {
            // Drools reports a constraint or action that fails on the data with its own exception types, whose
            // messages and causes may quote facts; only the rule's name is kept.
            throw new RuleEvaluationException(ruleSet.info().toString(), e);
        } finally {
            session.dispose();
        }
        List<AssessmentResult> results = new ArrayList<>(batch.size());
        for (ProfileFacts facts : batch) {
            results.add(result(ruleSet, facts, collector.reported(facts.profile().id())));
        }
        return results;
    }

    /** Fires a little longer, counting by rule, and names the rule that fires most. */
    private static String loopingRule(KieSession session) {
        Map<String, Integer> counts = new HashMap<>();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                counts.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
        });
        session.fireAllRules(DIAGNOSIS_FIRINGS);
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse("(unknown)");
    }

    /**
     * The person's plan: a scope notice when an exclusive rule fired (out of scope: no findings, every nutrient not
     * assessed), else the reported findings resolved into one coherent plan ({@link PlanResolver}).
     */
    private static AssessmentResult result(RuleSet ruleSet, ProfileFacts facts, List<FindingDefinition> reported) {
        String id = facts.profile().id();
        FindingDefinition scope = reported.stream().filter(FindingDefinition::exclusive)
                .min(java.util.Comparator.comparing(FindingDefinition::code)).orElse(null);
        if (scope != null) {
            return new AssessmentResult(id, AssessmentStatus.OUT_OF_SCOPE, scope.toScopeNotice(facts, ruleSet.english()), List.of(),
                    List.of(), allNutrients(), facts.warnings(), ruleSet.info());
        }
        PlanResolver.Plan plan = PlanResolver.resolve(reported, facts, ruleSet.reference().precautions(),
                ruleSet.english());
        return new AssessmentResult(id, AssessmentStatus.OK, null, plan.findings(), plan.suppressed(),
                facts.notAssessed(), facts.warnings(), ruleSet.info());
    }

    private static List<String> allNutrients() {
        List<String> all = new ArrayList<>();
        for (Nutrient n : Nutrient.values()) {
            all.add(n.key());
        }
        return all;
    }
}
