package org.osteorisk.reference;

import java.util.ArrayList;
import java.util.List;

import org.osteorisk.model.RuleSetProblem;

/** Collects every problem of a load, so a user sees all of them at once rather than one per attempt. */
public final class ProblemList {
    private final List<RuleSetProblem> problems = new ArrayList<>();

    public void add(String file, int line, int column, String message) {
        problems.add(new RuleSetProblem(file, line, column, message));
    }

    public void add(RuleSetProblem problem) {
        problems.add(problem);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<RuleSetProblem> all() {
        return List.copyOf(problems);
    }
}
