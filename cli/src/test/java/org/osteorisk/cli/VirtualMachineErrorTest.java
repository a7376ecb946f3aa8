package org.osteorisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/**
 * Memory or stack exhausted ends the command with one line and exit code 1, never a raw stack trace. (picocli hands
 * only Exceptions to the execution handler, so Cli catches Errors around the whole run and passes them here.)
 */
class VirtualMachineErrorTest {

    @Test
    void outOfMemoryIsOneLineAndExitCodeOne() {
        StringWriter err = new StringWriter();
        int code = Cli.Failures.error(new OutOfMemoryError("Java heap space"), new PrintWriter(err, true));
        assertEquals(ExitCodes.FAILURE, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("osteorisk: out of memory (Java heap space): the work was stopped"), err.toString());
        assertTrue(!err.toString().contains("\tat "), err.toString());
    }

    @Test
    void stackOverflowIsOneLineAndExitCodeOne() {
        StringWriter err = new StringWriter();
        int code = Cli.Failures.error(new StackOverflowError(), new PrintWriter(err, true));
        assertEquals(ExitCodes.FAILURE, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("osteorisk: stack overflow: the work was stopped"), err.toString());
    }
}
