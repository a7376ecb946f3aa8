package org.osteorisk.engine;

import java.util.function.IntUnaryOperator;

/**
 * The DRL text of one rule file, as compiled: a DRL file as written, or the DRL a decision table generates.
 *
 * @param displayName how problems name the file: {@code rules/calcium.drl}
 * @param fileName    the file's own name, used to place it in the compiler's file system
 * @param drl         the DRL text
 * @param lineInFile  maps a line of {@code drl} to a line of the file the user edits (a decision table's row)
 * @param generated   true when {@code drl} was generated from a decision table, so columns do not apply
 */
record RuleSource(String displayName, String fileName, String drl, IntUnaryOperator lineInFile, boolean generated) {

    static RuleSource drl(String displayName, String fileName, String text) {
        return new RuleSource(displayName, fileName, text, IntUnaryOperator.identity(), false);
    }

    /** The same file with other DRL text, line for line. */
    RuleSource withDrl(String text) {
        return new RuleSource(displayName, fileName, text, lineInFile, generated);
    }
}
