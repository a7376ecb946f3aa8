package org.osteorisk.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.osteorisk.engine.Assessor;
import org.osteorisk.engine.RuleSet;
import org.osteorisk.io.CsvRow;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Finding;
import org.osteorisk.model.Profile;

/**
 * In-process figures for docs/performance.md: single-profile latency through the library API, and throughput of
 * the ways to run many profiles, each beside its baseline in the same run. Run with bench/jmh.sh.
 */
@State(Scope.Benchmark)
@Fork(value = 2, jvmArgsAppend = {"-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class AssessorBenchmark {

    static final int BATCH = 64;

    @Param("42")
    long seed;

    @Param("20000")
    int count;

    Assessor assessor;
    Assessor oneSessionPerProfile;
    BenchProfiles data;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
        RuleSet rules = RuleSet.bundled();
        assessor = Assessor.create(rules, BATCH);
        oneSessionPerProfile = Assessor.create(rules, 1);
        data = new BenchProfiles(count, seed);
    }

    private List<Profile> nextBatch() {
        if (next + BATCH > data.profiles.size()) {
            next = 0;
        }
        List<Profile> batch = data.profiles.subList(next, next + BATCH);
        next += BATCH;
        return batch;
    }

    /** Warm latency of one request through the library API: p50 and p99 come from the sample distribution. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public AssessmentResult singleProfile() {
        if (next >= data.profiles.size()) {
            next = 0;
        }
        return assessor.assess(data.profiles.get(next++));
    }

    /** Many profiles, 64 per rule session (what the batch pipeline does). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public List<AssessmentResult> batchedSessions() {
        return assessor.assessAll(nextBatch());
    }

    /** Baseline for the above: the same profiles, a rule session each. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public List<AssessmentResult> sessionPerProfile() {
        return oneSessionPerProfile.assessAll(nextBatch());
    }

    /** Batched, and every explanation and recommendation formatted (what jsonl, csv and html reports need). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public void batchedWithExplanations(Blackhole blackhole) {
        for (AssessmentResult result : assessor.assessAll(nextBatch())) {
            for (Finding finding : result.findings()) {
                blackhole.consume(finding.explanation());
                blackhole.consume(finding.recommendation());
            }
        }
    }

    /** Reading the fields of a CSV row into a profile: the input side of the cost. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public void parseRows(Blackhole blackhole) {
        if (next + BATCH > data.rows.size()) {
            next = 0;
        }
        for (CsvRow row : data.rows.subList(next, next + BATCH)) {
            blackhole.consume(data.reader.parse(row));
        }
        next += BATCH;
    }
}
