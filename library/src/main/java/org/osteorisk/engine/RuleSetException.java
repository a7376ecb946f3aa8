package org.osteorisk.engine;

import java.util.List;
import java.util.stream.Collectors;

import org.osteorisk.model.RuleSetProblem;

/** A rule set that cannot be used: every problem found, each with its file, line and column. */
public class RuleSetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleSetProblem> problems;

    public RuleSetException(List<RuleSetProblem> problems) {
        super(problems.size() + " problem(s) in the rule set:\n"
                + problems.stream().map(RuleSetProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleSetProblem> problems() {
        return problems;
    }
}
