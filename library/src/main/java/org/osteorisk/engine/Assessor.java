package org.osteorisk.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.NullMarked;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Profile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assesses intake profiles against a rule set. Create one per application and share it: it is thread-safe, and
 * every call runs in a session of its own that is disposed before the call returns.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.create();                 // the bundled rules, built once
 * AssessmentResult result = assessor.assess(profile);    // from any thread
 * }</pre>
 *
 * <p>The rule set can be replaced while the assessor is in use ({@link #reload(Path)}): assessments already running
 * finish on the rules they started with; later ones use the new rules. A rule set that fails to load is refused and
 * the current one stays in service.
 */
@NullMarked
public final class Assessor {

    /** Profiles per rule session in {@link #assessAll(List)}: sharing a session costs far less than one each. */
    public static final int DEFAULT_BATCH_SIZE = 64;

    private static final Logger LOG = LoggerFactory.getLogger(Assessor.class);
    /** Compiles reloaded rule sets: one at a time, as a daemon of low priority, so assessments keep the CPU. */
    private static final Executor RELOADER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "osteorisk-reload");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    private final AtomicReference<RuleSet> ruleSet;
    private final int batchSize;
    private final Duration sessionTimeLimit;

    private Assessor(RuleSet ruleSet, int batchSize, Duration sessionTimeLimit) {
        this.ruleSet = new AtomicReference<>(Objects.requireNonNull(ruleSet, "ruleSet"));
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        if (sessionTimeLimit.isNegative() || sessionTimeLimit.isZero()) {
            throw new IllegalArgumentException("sessionTimeLimit must be positive");
        }
        this.batchSize = batchSize;
        this.sessionTimeLimit = sessionTimeLimit;
    }

    /** An assessor with the bundled rule set. Building the rules takes a second or two: do it once. */
    public static Assessor create() {
        return create(RuleSet.bundled());
    }

    public static Assessor create(RuleSet ruleSet) {
        return create(ruleSet, DEFAULT_BATCH_SIZE);
    }

    /** An assessor that puts up to {@code batchSize} profiles in one rule session in {@link #assessAll(List)}. */
    public static Assessor create(RuleSet ruleSet, int batchSize) {
        return new Assessor(ruleSet, batchSize, SessionDeadline.configuredLimit());
    }

    /**
     * An assessor whose rule sessions (one profile in {@link #assess}, up to {@code batchSize} in
     * {@link #assessAll}) may each run for {@code sessionTimeLimit}; past it the session is stopped with an
     * {@link AssessmentTimeoutException}. The other factories use 10 seconds, or the system property
     * {@code osteorisk.sessionTimeoutMillis}.
     */
    public static Assessor create(RuleSet ruleSet, int batchSize, Duration sessionTimeLimit) {
        return new Assessor(ruleSet, batchSize, Objects.requireNonNull(sessionTimeLimit, "sessionTimeLimit"));
    }

    /**
     * Assesses one profile.
     *
     * @throws RunawayRuleException       when a rule loops
     * @throws AssessmentTimeoutException when the rules run past the session time limit
     */
    public AssessmentResult assess(Profile profile) {
        RuleSet rules = ruleSet.get();
        AssessmentResult result = RuleSession.run(rules, List.of(new ProfileFacts(profile, rules.reference())),
                sessionTimeLimit).get(0);
        LOG.debug("Assessed profile {}: {} finding(s)", profile.id(), result.findings().size());
        return result;
    }

    /**
     * Assesses many profiles, several per rule session, all with the same rule set; results are in input order.
     * Profiles may share an id: those never share a session.
     *
     * @throws RunawayRuleException       when a rule loops
     * @throws AssessmentTimeoutException when the rules run past the session time limit
     */
    public List<AssessmentResult> assessAll(List<Profile> profiles) {
        RuleSet rules = ruleSet.get();
        List<AssessmentResult> results = new ArrayList<>(profiles.size());
        List<ProfileFacts> batch = new ArrayList<>(Math.min(batchSize, profiles.size()));
        Set<String> ids = new HashSet<>();
        for (Profile profile : profiles) {
            if (batch.size() == batchSize || !ids.add(profile.id())) {
                results.addAll(RuleSession.run(rules, batch, sessionTimeLimit));
                batch.clear();
                ids.clear();
                ids.add(profile.id());
            }
            batch.add(new ProfileFacts(profile, rules.reference()));
        }
        if (!batch.isEmpty()) {
            results.addAll(RuleSession.run(rules, batch, sessionTimeLimit));
        }
        return results;
    }

    /** The rule set in service now. */
    public RuleSet ruleSet() {
        return ruleSet.get();
    }

    /**
     * Loads the rule set in {@code folder} and puts it in service.
     *
     * @return the rule set now in service
     * @throws RuleSetException when the folder does not load; the current rule set stays in service
     */
    public RuleSet reload(Path folder) {
        RuleSet next = RuleSet.load(folder);
        swap(next);
        return next;
    }

    /**
     * Loads the rule set in {@code folder} on a background thread of low priority, off the threads that serve
     * assessments, and puts it in service when it has loaded; the current rule set serves until then. The future
     * fails with a {@link RuleSetException} when the folder does not load (the current rule set stays in service).
     * One reload runs at a time; others wait their turn.
     */
    public CompletableFuture<RuleSet> reloadAsync(Path folder) {
        return CompletableFuture.supplyAsync(() -> reload(folder), RELOADER);
    }

    /** Puts an already loaded rule set in service, atomically. */
    public void swap(RuleSet next) {
        RuleSet previous = ruleSet.getAndSet(Objects.requireNonNull(next, "next"));
        LOG.info("Rule set {} replaced by {} (loaded in {} ms)", previous.info(), next.info(),
                next.loadTime().toMillis());
    }
}
