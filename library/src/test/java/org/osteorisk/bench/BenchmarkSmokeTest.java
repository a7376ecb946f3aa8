package org.osteorisk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/** The benchmark code runs, on a tiny input; the benchmarks themselves run only from bench/jmh.sh. */
class BenchmarkSmokeTest {

    @Test
    void benchmarkBodiesRun() {
        AssessorBenchmark benchmark = new AssessorBenchmark();
        benchmark.seed = 3;
        benchmark.count = 300;
        benchmark.setUp();
        assertTrue(benchmark.data.profiles.size() > 280, "about 1 % of synthetic rows are bad");
        assertNotNull(benchmark.singleProfile());
        benchmark.next = 0;
        var batched = benchmark.batchedSessions();
        benchmark.next = 0;
        assertEquals(batched, benchmark.sessionPerProfile(), "batched and one-by-one sessions agree");
        Blackhole blackhole = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        benchmark.batchedWithExplanations(blackhole);
        benchmark.parseRows(blackhole);
        assertNotNull(new RuleSetLoadBenchmark().bundledExecutableModel());
    }
}
