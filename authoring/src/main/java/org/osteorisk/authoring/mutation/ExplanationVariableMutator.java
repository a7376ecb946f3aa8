package org.osteorisk.authoring.mutation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes an explanation quote the wrong number: each numeric variable of an {@code @explanation} is swapped for
 * each other variable of the same kind ({@link QuantityKinds}), such as {@code {vitamin_d.rda}} for
 * {@code {threshold.vitamin_d_bone_disease_min}}. Only a case that pins the quoted number
 * ({@code expect_explanation}) notices.
 */
final class ExplanationVariableMutator implements Mutator {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]+)}");

    @Override
    public List<Mutation> mutations(RuleSetText rules) {
        QuantityKinds kinds = new QuantityKinds(rules.reference().thresholds());
        List<Mutation> mutations = new ArrayList<>();
        for (String file : rules.drlFiles()) {
            String drl = rules.text(file);
            for (DrlRules.Rule rule : DrlRules.of(drl)) {
                DrlRules.Metadata explanation = rule.metadata().get("explanation");
                if (explanation == null) {
                    continue;
                }
                Matcher variable = VARIABLE.matcher(drl).region(explanation.start(), explanation.end());
                while (variable.find()) {
                    String name = variable.group(1).trim();
                    int line = RuleSetText.lineOf(drl, variable.start());
                    for (String other : kinds.sameKind(name)) {
                        mutations.add(new Mutation(MutationKind.EXPLANATION_VARIABLE, file, line,
                                "the explanation of rule \"" + rule.name() + "\" (" + rule.code() + ") quoted {"
                                        + other + "} instead of {" + name + "}",
                                List.of(new Mutation.Edit(variable.start(1), variable.end(1), other))));
                    }
                }
            }
        }
        return mutations;
    }
}
