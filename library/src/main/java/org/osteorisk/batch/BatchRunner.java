package org.osteorisk.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.osteorisk.engine.AssessmentTimeoutException;
import org.osteorisk.engine.Assessor;
import org.osteorisk.engine.Messages;
import org.osteorisk.engine.RuleEvaluationException;
import org.osteorisk.engine.RunawayRuleException;
import org.osteorisk.io.CsvRow;
import org.osteorisk.io.ProfileCsvReader;
import org.osteorisk.io.ProfileRow;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Profile;
import org.osteorisk.report.BatchSummary;
import org.osteorisk.report.RowOutcome;
import org.osteorisk.report.ReportWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assesses a profile file in a streaming pipeline: one thread reads rows in order, worker threads parse and assess
 * chunks of rows in parallel, one thread writes the outcomes in input order. At most a few chunks per worker are
 * in flight, so memory stays flat whatever the file size. Every input row yields exactly one outcome.
 */
public final class BatchRunner {

    /** Rows per task handed to a worker. */
    public static final int DEFAULT_CHUNK = 256;
    private static final int CHUNKS_IN_FLIGHT_PER_THREAD = 4;
    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);
    private static final Future<List<RowOutcome>> END = CompletableFuture.completedFuture(List.of());

    private final Assessor assessor;
    private final Messages messages;
    private final int threads;
    private final int chunk;
    private final AtomicLong rowsDone = new AtomicLong();

    /**
     * @param assessor the rules to run, or null to read and validate only ({@code check})
     */
    public BatchRunner(Assessor assessor, int threads, int chunk) {
        this(assessor, null, threads, chunk);
    }

    /**
     * @param assessor the rules to run, or null to read and validate only ({@code check})
     * @param messages the language of the results' texts, or null for the rule set's own (English)
     */
    public BatchRunner(Assessor assessor, Messages messages, int threads, int chunk) {
        if (threads < 1 || chunk < 1) {
            throw new IllegalArgumentException("threads and chunk must be at least 1");
        }
        this.assessor = assessor;
        this.messages = messages;
        this.threads = threads;
        this.chunk = chunk;
    }

    /** Rows written so far, for a progress display on another thread. */
    public long rowsDone() {
        return rowsDone.get();
    }

    /**
     * Reads every row, writes every outcome, then the summary.
     *
     * @throws IOException when the report cannot be written
     */
    public BatchSummary run(ProfileCsvReader reader, ReportWriter writer) throws IOException, InterruptedException {
        boolean format = writer.showsExplanations();
        long started = System.nanoTime();
        BatchSummary summary = new BatchSummary(reader.source(),
                assessor == null ? null : assessor.ruleSet().info(), reader.warnings());
        BlockingQueue<Future<List<RowOutcome>>> inOrder = new ArrayBlockingQueue<>(threads * CHUNKS_IN_FLIGHT_PER_THREAD);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads("osteorisk-worker"));
        Thread writing = new Thread(() -> write(inOrder, writer, summary, failure), "osteorisk-writer");
        writing.setDaemon(true);
        writing.start();
        try {
            List<CsvRow> rows = new ArrayList<>(chunk);
            for (CsvRow row = reader.next(); row != null && failure.get() == null; row = reader.next()) {
                rows.add(row);
                if (rows.size() == chunk) {
                    enqueue(inOrder, workers.submit(task(reader, rows, format)), failure);
                    rows = new ArrayList<>(chunk);
                }
            }
            if (!rows.isEmpty()) {
                enqueue(inOrder, workers.submit(task(reader, rows, format)), failure);
            }
            enqueue(inOrder, END, failure);
            writing.join();
        } finally {
            workers.shutdownNow();
            writing.interrupt();
        }
        rethrow(failure.get());
        summary.finish(System.nanoTime() - started);
        writer.finish(summary);
        return summary;
    }

    private static void enqueue(BlockingQueue<Future<List<RowOutcome>>> queue, Future<List<RowOutcome>> task,
                                AtomicReference<Throwable> failure) throws InterruptedException {
        while (!queue.offer(task, 100, TimeUnit.MILLISECONDS)) {
            if (failure.get() != null) {
                return;
            }
        }
    }

    private void write(BlockingQueue<Future<List<RowOutcome>>> queue, ReportWriter writer, BatchSummary summary,
                       AtomicReference<Throwable> failure) {
        try {
            for (Future<List<RowOutcome>> next = queue.take(); next != END; next = queue.take()) {
                List<RowOutcome> outcomes = next.get();
                for (RowOutcome outcome : outcomes) {
                    writer.row(outcome);
                    summary.add(outcome);
                }
                rowsDone.addAndGet(outcomes.size());
            }
        } catch (ExecutionException e) {
            failure.set(e.getCause());
        } catch (IOException | RuntimeException e) {
            failure.set(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        }
    }

    private java.util.concurrent.Callable<List<RowOutcome>> task(ProfileCsvReader reader, List<CsvRow> rows,
                                                                 boolean format) {
        return () -> assess(reader, rows, format);
    }

    /**
     * Parses and assesses one chunk; the outcomes are in the chunk's order. With {@code format}, explanations are
     * formatted here, in parallel, rather than by the single writer thread.
     */
    private List<RowOutcome> assess(ProfileCsvReader reader, List<CsvRow> rows, boolean format) {
        List<ProfileRow> parsed = new ArrayList<>(rows.size());
        List<Profile> good = new ArrayList<>(rows.size());
        for (CsvRow row : rows) {
            ProfileRow profile = reader.parse(row);
            parsed.add(profile);
            if (profile.ok()) {
                good.add(profile.profile());
            }
        }
        List<Assessed> results = assessor == null ? null : assessAll(good);
        List<RowOutcome> outcomes = new ArrayList<>(rows.size());
        int next = 0;
        for (ProfileRow row : parsed) {
            if (!row.ok()) {
                outcomes.add(new RowOutcome(row.line(), row.id(), null, row.error()));
            } else if (results == null) {
                outcomes.add(new RowOutcome(row.line(), row.id(), null, null));
            } else {
                Assessed assessed = results.get(next++);
                AssessmentResult result = assessed.result();
                if (messages != null && result != null) {
                    result = messages.localize(result);
                }
                if (format && result != null) {
                    result.findings().forEach(f -> {
                        f.explanation();
                        f.recommendation();
                    });
                }
                outcomes.add(new RowOutcome(row.line(), row.id(), result, assessed.error()));
            }
        }
        return outcomes;
    }

    /** A profile's result, or why the rules gave none. */
    private record Assessed(AssessmentResult result, String error) {
    }

    /**
     * Assesses a chunk together; if a rule loops, fails on the data or the rules run past the time limit, assesses
     * one by one so only the profiles concerned fail.
     */
    private List<Assessed> assessAll(List<Profile> profiles) {
        try {
            return assessor.assessAll(profiles).stream().map(r -> new Assessed(r, null)).toList();
        } catch (RunawayRuleException | AssessmentTimeoutException | RuleEvaluationException e) {
            List<Assessed> results = new ArrayList<>(profiles.size());
            for (Profile profile : profiles) {
                try {
                    results.add(new Assessed(assessor.assess(profile), null));
                } catch (RunawayRuleException loop) {
                    LOG.warn("Profile {}: {}", profile.id(), loop.getMessage());
                    results.add(new Assessed(null, "rules did not finish for this profile: a rule kept firing "
                            + "(see the log)"));
                } catch (AssessmentTimeoutException | RuleEvaluationException failed) {
                    LOG.warn("Profile {}: {}", profile.id(), failed.getMessage());
                    results.add(new Assessed(null, failed.getMessage()));
                }
            }
            return results;
        }
    }

    private static void rethrow(Throwable failure) throws IOException, InterruptedException {
        if (failure == null) {
            return;
        }
        if (failure instanceof IOException) {
            throw (IOException) failure;
        }
        if (failure instanceof UncheckedIOException) {
            throw ((UncheckedIOException) failure).getCause();
        }
        if (failure instanceof InterruptedException) {
            throw (InterruptedException) failure;
        }
        if (failure instanceof RuntimeException) {
            throw (RuntimeException) failure;
        }
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        throw new IllegalStateException(failure);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
