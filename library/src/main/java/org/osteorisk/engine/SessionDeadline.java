package org.osteorisk.engine;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A time limit on one rule session, as defense in depth behind the checks on rule files: a watchdog thread halts the
 * session when the limit passes, and the session's owner asks {@link #passed()} afterwards to tell a halted run from
 * a finished one.
 *
 * <p>What it can stop: rules that keep firing (each firing returns to Drools' agenda, which obeys
 * {@link KieSession#halt()} before the next one). What it cannot stop: a single step that never returns to the
 * agenda, such as one action stuck in a loop, or the evaluation of one huge join, which Drools computes in one go
 * when a rule is about to fire; halt is only seen after it. A Java thread cannot be stopped safely from outside, so
 * such a step holds its thread until it ends (or memory runs out). The checks on rule files exist so that no rule
 * can contain such a loop or join; this guard covers what they might miss, within those limits.
 */
final class SessionDeadline implements AutoCloseable {

    /** System property: the time limit of one rule session in milliseconds. */
    static final String LIMIT_PROPERTY = "osteorisk.sessionTimeoutMillis";
    /** Generous: a session of 64 profiles takes milliseconds; a cold start, well under a second. */
    static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(SessionDeadline.class);
    /** One daemon thread for every session: it only wakes to halt a session that ran too long. */
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private final KieSession session;
    private final long deadline;
    private final ScheduledFuture<?> alarm;
    private boolean halted;
    private boolean closed;

    private SessionDeadline(KieSession session, Duration limit) {
        this.session = session;
        this.deadline = System.nanoTime() + limit.toNanos();
        this.alarm = WATCHDOG.schedule(this::halt, limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Starts the clock on a session; close it before the session is disposed. */
    static SessionDeadline start(KieSession session, Duration limit) {
        return new SessionDeadline(session, limit);
    }

    /** The configured limit: {@value #LIMIT_PROPERTY} when set to a positive number, else {@link #DEFAULT_LIMIT}. */
    static Duration configuredLimit() {
        String configured = System.getProperty(LIMIT_PROPERTY);
        if (configured != null) {
            try {
                long millis = Long.parseLong(configured.trim());
                if (millis > 0) {
                    return Duration.ofMillis(millis);
                }
            } catch (NumberFormatException e) {
                // Fall through to the default, with a warning.
            }
            LOG.warn("Ignoring {}={}: expected a positive number of milliseconds", LIMIT_PROPERTY, configured);
        }
        return DEFAULT_LIMIT;
    }

    /** True when the limit has passed: the run was (or is about to be) halted, so its findings are incomplete. */
    synchronized boolean passed() {
        return halted || System.nanoTime() - deadline >= 0;
    }

    private synchronized void halt() {
        // Under the lock that close() takes, so a session is never halted after its owner closed this (and may
        // have disposed the session).
        if (!closed) {
            halted = true;
            session.halt();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        alarm.cancel(false);
    }

    static String describe(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "osteorisk-session-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        // Sessions mostly finish in time: drop their cancelled alarms at once rather than when they would ring.
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
