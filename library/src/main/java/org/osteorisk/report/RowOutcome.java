package org.osteorisk.report;

import org.osteorisk.model.AssessmentResult;

/**
 * What became of one input row: its assessment, or why it could not be assessed. Every data row of the input
 * becomes exactly one.
 *
 * @param line   the line the row starts on
 * @param id     the row's id, or null when it had none
 * @param result the assessment, or null for a bad row (or when rules were not run, as in {@code check})
 * @param error  why the row is bad, or null
 */
public record RowOutcome(long line, String id, AssessmentResult result, String error) {

    public boolean ok() {
        return error == null;
    }
}
