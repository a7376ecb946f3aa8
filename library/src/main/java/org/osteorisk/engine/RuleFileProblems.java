package org.osteorisk.engine;

import org.drools.drl.ast.descr.BaseDescr;
import org.osteorisk.reference.ProblemList;

/**
 * Adds the problems of one rule file to the load's list, each at a line and column of the file the user edits:
 * positions in a DRL file as they are, positions in a decision table's generated DRL as the table's row.
 */
final class RuleFileProblems {

    private final RuleSource source;
    private final ProblemList problems;
    private int count;

    RuleFileProblems(RuleSource source, ProblemList problems) {
        this.source = source;
        this.problems = problems;
    }

    /** The number of problems added through this object. */
    int count() {
        return count;
    }

    RuleSource source() {
        return source;
    }

    /**
     * @param line   line in the DRL text, from 1; 0 or less when not known
     * @param column column in the DRL text, from 1; 0 or less when not known
     */
    void at(int line, int column, String message) {
        int shownLine = line > 0 ? source.lineInFile().applyAsInt(line) : 0;
        problems.add(source.displayName(), shownLine, source.generated() || line <= 0 ? 0 : Math.max(column, 0),
                message);
        count++;
    }

    /** At a character offset of the DRL text. */
    void atOffset(int offset, String message) {
        String text = source.drl();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        at(line, offset - lineStart + 1, message);
    }

    /** At where Drools' parser saw a piece of the file (its columns count from 0). */
    void at(BaseDescr descr, String message) {
        at(descr.getLine(), descr.getColumn() + 1, message);
    }

    /** The problems of one rule: each message starts with the rule's name. */
    RuleProblems inRule(String rule, BaseDescr where) {
        return new RuleProblems(rule, where);
    }

    /** Problems of one rule, each named {@code rule "Name": ...}. */
    final class RuleProblems {
        private final String rule;
        private final BaseDescr where;

        private RuleProblems(String rule, BaseDescr where) {
            this.rule = rule;
            this.where = where;
        }

        /** At the rule's first line. */
        void add(String message) {
            at(where, message);
        }

        void at(BaseDescr descr, String message) {
            BaseDescr known = descr != null && descr.getLine() > 0 ? descr : where;
            RuleFileProblems.this.at(known.getLine(), known.getColumn() + 1, named(message));
        }

        void at(int line, int column, String message) {
            RuleFileProblems.this.at(line, column, named(message));
        }

        void atOffset(int offset, String message) {
            RuleFileProblems.this.atOffset(offset, named(message));
        }

        private String named(String message) {
            return "rule \"" + rule + "\": " + message;
        }
    }
}
