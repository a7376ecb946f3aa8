package org.osteorisk.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.osteorisk.engine.RuleSet;

/**
 * Cold rule set load: one load in each of several fresh JVMs. The bundled rules come from the executable model
 * generated at build time; the baseline compiles the same rules from DRL, as a folder given with --rules is.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 7, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class RuleSetLoadBenchmark {

    @Benchmark
    public RuleSet bundledExecutableModel() {
        return RuleSet.bundled();
    }

    @Benchmark
    public RuleSet folderCompiledFromDrl() {
        return RuleSet.load(Path.of("rules"));
    }
}
