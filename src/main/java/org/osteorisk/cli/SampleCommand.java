package org.osteorisk.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "sample", description = "Write synthetic profiles in the batch CSV format (for demos and load tests).")
final class SampleCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("sample: not yet built");
    }
}
