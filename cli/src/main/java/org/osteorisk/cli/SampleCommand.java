package org.osteorisk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.osteorisk.io.SyntheticProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "sample", sortOptions = false,
        description = {"Write synthetic profiles in the batch CSV format, for demos and load tests.",
                "Ages 19-95, both sexes, the diets, supplement mixes with daily to yearly doses, conditions,",
                "medications, some lab values, some unknown values and about 1 % bad rows.",
                "The same seed gives the same file."})
final class SampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-n", "--count"}, required = true, paramLabel = "N", description = "Number of profiles.")
    long count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (count < 0) {
            throw new ParameterException(spec.commandLine(), "--count must not be negative");
        }
        String refusal = output == null ? null : OutputTarget.refusal(output, null);
        if (refusal != null) {
            throw new ParameterException(spec.commandLine(), "--output " + output + ": " + refusal);
        }
        try (OutputTarget target = OutputTarget.open(output, spec.commandLine().getOut())) {
            new SyntheticProfiles(seed).write(target.writer(), count);
            target.commit();
        }
        if (output != null) {
            spec.commandLine().getErr().printf("osteorisk: wrote %,d profiles to %s%n", count, output);
        }
        return ExitCodes.OK;
    }
}
