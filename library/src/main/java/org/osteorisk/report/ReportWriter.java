package org.osteorisk.report;

import java.io.IOException;

/**
 * Writes a run's report as rows arrive, in input order, from a single thread. {@link #finish} is called once at
 * the end with the counts; a writer that needs them first (html, text) spools rows until then.
 */
public interface ReportWriter extends AutoCloseable {

    void row(RowOutcome outcome) throws IOException;

    /**
     * Whether the report shows explanations and recommendations. If so, the pipeline formats them on its worker
     * threads, in parallel; if not, they are never formatted.
     */
    default boolean showsExplanations() {
        return true;
    }

    void finish(BatchSummary summary) throws IOException;

    /** Releases the writer's own resources and flushes; never closes the output it was given. */
    @Override
    void close() throws IOException;
}
