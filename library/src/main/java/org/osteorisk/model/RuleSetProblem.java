package org.osteorisk.model;

/**
 * One problem found while loading a rule set: a DRL file that does not compile, a rule without a code, a data
 * cell that is not a number. Lines and columns start at 1; 0 means the position is not known.
 *
 * @param file the file as the user knows it, e.g. {@code rules/reference/intakes.csv}
 */
public record RuleSetProblem(String file, int line, int column, String message) {

    /** {@code file:line:column: message}, the form editors and compilers use. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
