package org.osteorisk.cli;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import org.osteorisk.engine.RuleSetException;
import org.osteorisk.io.InputFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Builds the command line and runs it, turning known failures into a clear message and an exit code, never a stack
 * trace. Tests run the CLI through {@link #execute} with their own streams.
 */
public final class Cli {

    private Cli() {
    }

    public static int execute(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
        System.setProperty("osteorisk.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        CommandLine cli = new CommandLine(new OsteoriskCommand())
                .addSubcommand(new AssessCommand(stdin))
                .addSubcommand(new CheckCommand(stdin))
                .addSubcommand(new RulesCommand())
                .addSubcommand(new ExplainCommand())
                .addSubcommand(new SampleCommand())
                .addSubcommand(new ServeCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new Failures());
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().mixinStandardHelpOptions(true);
        }
        int code;
        try {
            code = cli.execute(args);
        } catch (Error e) {
            // picocli hands only Exceptions to the handler; an Error passes through it.
            code = Failures.error(e, err);
        }
        // A PrintWriter never throws; it only remembers a failed write. Output that was lost is never a success.
        if (out.checkError() && code != ExitCodes.FAILURE) {
            err.println("osteorisk: standard output could not be written (a full disk or a closed pipe?)");
            code = ExitCodes.FAILURE;
        }
        err.flush();
        return code;
    }

    /**
     * Known failures become one message: a problem with the input or the rules is exit code 2, a report that could
     * not be written is 1; anything else is an unexpected failure (1), named but not traced.
     */
    static final class Failures implements IExecutionExceptionHandler {

        /** An Error (memory or stack exhausted, say): one line and exit code 1, like any unexpected failure. */
        static int error(Error e, PrintWriter err) {
            if (e instanceof OutOfMemoryError) {
                err.println("osteorisk: out of memory (" + e.getMessage() + "): the work was stopped; give the JVM "
                        + "more memory (JAVA_OPTS=-Xmx2g) or use smaller input");
            } else if (e instanceof StackOverflowError) {
                err.println("osteorisk: stack overflow: the work was stopped; the input or rule set nests too deeply");
            } else {
                err.println("osteorisk: unexpected failure: " + e);
            }
            if (System.getenv("OSTEORISK_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return ExitCodes.FAILURE;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
            PrintWriter err = cli.getErr();
            if (e instanceof RuleSetException) {
                ((RuleSetException) e).problems().forEach(err::println);
                err.println("osteorisk: the rule set does not load: " + ((RuleSetException) e).problems().size()
                        + " problem(s) (osteorisk rules validate DIR lists them)");
                return ExitCodes.USAGE;
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ReportNotWrittenException) {
                    err.println("osteorisk: " + cause.getMessage());
                    return ExitCodes.FAILURE;
                }
            }
            if (e instanceof InputFileException) {
                err.println("osteorisk: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
                err.println("osteorisk: no such file: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            if (e instanceof AccessDeniedException) {
                err.println("osteorisk: permission denied: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            err.println("osteorisk: unexpected failure: " + e);
            if (System.getenv("OSTEORISK_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("(set OSTEORISK_DEBUG=1 for the stack trace)");
            }
            return ExitCodes.FAILURE;
        }
    }
}
