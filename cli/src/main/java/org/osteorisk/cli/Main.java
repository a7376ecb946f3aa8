package org.osteorisk.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code osteorisk} command: the only place that calls {@code System.exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        quietLogging();
        // Built on System.out itself, so that checkError() sees a failed write (a full disk, a closed pipe).
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(Cli.execute(args, System.in, out, err));
    }

    /**
     * The command line logs warnings only, on standard error (slf4j-simple's default target), and leaves Drools'
     * own report of a failed build out: osteorisk prints the problems itself. A -D on the command line wins.
     */
    private static void quietLogging() {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.org.drools.compiler.kie.builder.impl", "off");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
