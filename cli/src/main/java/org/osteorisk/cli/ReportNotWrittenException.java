package org.osteorisk.cli;

import java.io.IOException;

/**
 * The report could not be written, or not completely: a full disk, a closed pipe, a target that changed kind while
 * the run went on. The run fails (exit code 1) and says so, since a report that lost rows must never pass as complete.
 */
final class ReportNotWrittenException extends IOException {
    private static final long serialVersionUID = 1L;

    ReportNotWrittenException(String where, String reason, Throwable cause) {
        super("the report could not be written to " + where + (reason == null ? "" : ": " + reason), cause);
    }
}
