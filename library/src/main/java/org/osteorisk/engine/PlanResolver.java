package org.osteorisk.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osteorisk.model.Advice;
import org.osteorisk.model.Finding;
import org.osteorisk.model.Suppression;
import org.osteorisk.model.Suppression.Resolution;
import org.osteorisk.reference.PrecautionTable;
import org.osteorisk.reference.PrecautionTable.Precaution;

/**
 * Turns the findings the rules reported for one person into one coherent plan. Each rule speaks for its own
 * nutrient, so two findings may ask for opposite things; precautions (a drug interaction, a condition, a lab value,
 * an intake at the upper level: the rows of {@code reference/precautions.csv}) outrank the advice they block. A
 * finding whose advice a precaution on the same plan blocks is shown in its cautious form, when it has one that the
 * plan's precautions allow, or else withdrawn; either way the result lists it, with the precaution and the reason.
 */
final class PlanResolver {

    /** The plan: the findings to show and the audit trail of what was reworded or withdrawn. */
    record Plan(List<Finding> findings, List<Suppression> suppressed) {
    }

    private static final Comparator<Suppression> SUPPRESSION_ORDER =
            Comparator.comparing(Suppression::code).thenComparing(Suppression::by);

    private PlanResolver() {
    }

    /**
     * @param reported the definitions of the findings reported for the person, in firing order; several may share a
     *                 code (the most severe one is kept)
     */
    static Plan resolve(List<FindingDefinition> reported, ProfileFacts facts, PrecautionTable precautions,
                        Wording english) {
        Map<String, FindingDefinition> byCode = mostSeverePerCode(reported);
        List<Precaution> present = byCode.keySet().stream().map(precautions::of).filter(p -> p != null).toList();
        List<Finding> findings = new ArrayList<>(byCode.size());
        List<Suppression> suppressed = new ArrayList<>();
        for (FindingDefinition d : byCode.values()) {
            List<Precaution> blockers = blocking(present, d.code(), d.adviceFor(facts));
            if (blockers.isEmpty()) {
                findings.add(d.toFinding(facts, english));
                continue;
            }
            boolean reword = d.hasCautiousForm()
                    && blockers.stream().allMatch(p -> p.resolution() == Resolution.REWORDED)
                    && blocking(present, d.code(), d.cautiousAdviceFor(facts)).isEmpty();
            if (reword) {
                findings.add(d.toCautiousFinding(facts, blockers.stream().map(Precaution::code).toList(), english));
            }
            Resolution resolution = reword ? Resolution.REWORDED : Resolution.WITHDRAWN;
            blockers.forEach(p -> suppressed.add(new Suppression(d.code(), resolution, p.code(), p.reason())));
        }
        findings.sort(Finding.ORDER);
        suppressed.sort(SUPPRESSION_ORDER);
        return new Plan(findings, suppressed);
    }

    /** One definition per code: the most severe; of equals, the first to fire. */
    private static Map<String, FindingDefinition> mostSeverePerCode(List<FindingDefinition> reported) {
        Map<String, FindingDefinition> byCode = new LinkedHashMap<>();
        for (FindingDefinition d : reported) {
            byCode.merge(d.code(), d, (a, b) -> b.severity().compareTo(a.severity()) > 0 ? b : a);
        }
        return byCode;
    }

    /** The precautions of the plan, other than the finding itself, that block any of the advice. */
    private static List<Precaution> blocking(List<Precaution> present, String code, List<Advice> advice) {
        return present.stream()
                .filter(p -> !p.code().equals(code) && advice.stream().anyMatch(p::blocks))
                .toList();
    }
}
