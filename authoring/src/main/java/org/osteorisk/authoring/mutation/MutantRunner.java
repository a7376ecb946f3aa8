package org.osteorisk.authoring.mutation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.osteorisk.authoring.Scenario;
import org.osteorisk.authoring.ScenarioOutcome;
import org.osteorisk.authoring.Scenarios;
import org.osteorisk.engine.Assessor;
import org.osteorisk.engine.RuleSet;
import org.osteorisk.engine.RuleSetException;
import org.osteorisk.engine.RuleSetVariants;

/**
 * Runs mutants on parallel threads. Each thread has a copy of the rule set folder of its own: it writes a mutant's
 * edits into it, loads it (reusing the compiled rules unless the mutant changed a condition, see
 * {@link RuleSetVariants}), runs the example cases until the first one fails, and puts the file back.
 */
final class MutantRunner {

    private final RuleSetVariants variants;
    private final Path original;
    private final RuleSetText text;
    private final List<Scenario> cases;
    private final int threads;
    /** The cases that killed the latest mutants, newest last; shared by the threads. */
    private final RecentKillers recentKillers = new RecentKillers();

    MutantRunner(RuleSetVariants variants, Path original, RuleSetText text, List<Scenario> cases, int threads) {
        this.variants = variants;
        this.original = original;
        this.text = text;
        this.cases = cases;
        this.threads = threads;
    }

    /** The outcome of each mutation, in the order given. */
    List<MutantOutcome> run(List<Mutation> mutations) {
        Path workspace = createWorkspace();
        AtomicInteger copiesMade = new AtomicInteger();
        ThreadLocal<Path> copies = ThreadLocal.withInitial(
                () -> copyRuleSet(workspace.resolve("copy-" + copiesMade.incrementAndGet())));
        AtomicInteger threadsMade = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "mutant-runner-" + threadsMade.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<MutantOutcome>> futures = new ArrayList<>();
            for (Mutation mutation : mutations) {
                futures.add(pool.submit(() -> runOne(mutation, copies.get())));
            }
            List<MutantOutcome> outcomes = new ArrayList<>();
            for (Future<MutantOutcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running mutants", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a mutant could not be run: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            delete(workspace);
        }
    }

    private MutantOutcome runOne(Mutation mutation, Path copy) throws IOException {
        Path file = copy.resolve(mutation.file());
        String unmutated = text.text(mutation.file());
        Files.writeString(file, mutation.apply(unmutated), StandardCharsets.UTF_8);
        try {
            RuleSet mutant;
            try {
                mutant = variants.load(copy);
            } catch (RuleSetException e) {
                return new MutantOutcome(mutation, MutantOutcome.Status.INVALID, e.problems().get(0).toString());
            }
            return runCases(mutation, Assessor.create(mutant));
        } finally {
            Files.writeString(file, unmutated, StandardCharsets.UTF_8);
        }
    }

    /**
     * Killed by the first case that fails (or breaks), else survived. The cases that killed the latest mutants go
     * first: mutants come rule by rule, so the case that noticed one mistake in a rule often notices the next.
     */
    private MutantOutcome runCases(Mutation mutation, Assessor assessor) {
        for (Scenario scenario : recentKillersFirst()) {
            String failure;
            try {
                ScenarioOutcome outcome = Scenarios.run(assessor, scenario);
                failure = outcome.passed() ? null : "";
            } catch (RuntimeException e) {
                failure = ": " + e;
            }
            if (failure != null) {
                recentKillers.add(scenario);
                return new MutantOutcome(mutation, MutantOutcome.Status.KILLED,
                        scenario.name() + " (" + scenario.file() + ":" + scenario.line() + ")" + failure);
            }
        }
        return new MutantOutcome(mutation, MutantOutcome.Status.SURVIVED, null);
    }

    private List<Scenario> recentKillersFirst() {
        List<Scenario> order = new ArrayList<>(recentKillers.newestFirst());
        Set<Scenario> tried = Collections.newSetFromMap(new IdentityHashMap<>());
        tried.addAll(order);
        for (Scenario scenario : cases) {
            if (!tried.contains(scenario)) {
                order.add(scenario);
            }
        }
        return order;
    }

    /** A few cases, most recent first, without repeats. */
    private static final class RecentKillers {
        private static final int KEPT = 8;
        private final Deque<Scenario> killers = new ArrayDeque<>();

        synchronized void add(Scenario scenario) {
            killers.removeIf(s -> s == scenario);
            killers.addFirst(scenario);
            if (killers.size() > KEPT) {
                killers.removeLast();
            }
        }

        synchronized List<Scenario> newestFirst() {
            return List.copyOf(killers);
        }
    }

    private static Path createWorkspace() {
        try {
            return Files.createTempDirectory("osteorisk-mutants");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the mutants", e);
        }
    }

    /** A copy of the rule set's rules and data (its cases are read once, from the original). */
    private Path copyRuleSet(Path into) {
        try (Stream<Path> files = Files.walk(original)) {
            for (Path source : files.toList()) {
                String relative = original.relativize(source).toString().replace('\\', '/');
                if (relative.startsWith(Scenarios.FOLDER + "/") || relative.equals(Scenarios.FOLDER)) {
                    continue;
                }
                Path target = into.resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the rule set to " + into, e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the report matters more.
        }
    }
}
