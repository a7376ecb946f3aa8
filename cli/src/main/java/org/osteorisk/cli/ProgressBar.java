package org.osteorisk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A one-line progress display on standard error: rows done, rows per second and, when the input size is known,
 * a bar and the time left. Redrawn a few times a second from its own thread; erased when the run ends.
 */
final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final LongSupplier rows;
    private final LongSupplier bytesRead;
    private final long totalBytes;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService timer;
    private int lastLength;

    /**
     * @param totalBytes the input's size, or 0 when unknown (standard input)
     */
    ProgressBar(PrintWriter err, LongSupplier rows, LongSupplier bytesRead, long totalBytes) {
        this.err = err;
        this.rows = rows;
        this.bytesRead = bytesRead;
        this.totalBytes = totalBytes;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "osteorisk-progress");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::draw, 250, 250, TimeUnit.MILLISECONDS);
    }

    private synchronized void draw() {
        String line = render(rows.getAsLong(), bytesRead.getAsLong(), totalBytes, (System.nanoTime() - started) / 1e9);
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
    }

    /** The line for {@code done} rows after {@code seconds}; {@code totalBytes} 0 means the input size is unknown. */
    static String render(long done, long bytes, long totalBytes, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder s = new StringBuilder();
        if (totalBytes > 0) {
            double fraction = Math.min(1.0, (double) bytes / totalBytes);
            int filled = (int) Math.round(fraction * WIDTH);
            s.append('[').append("=".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ")
                    .append(String.format("%3.0f%% ", fraction * 100));
            if (fraction > 0.01 && fraction < 1) {
                s.append(String.format("%,d rows  %,.0f rows/s  %s left", done, rate,
                        duration(seconds * (1 - fraction) / fraction)));
                return s.toString();
            }
        }
        return s.append(String.format("%,d rows  %,.0f rows/s", done, rate)).toString();
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        err.print("\r" + " ".repeat(lastLength) + "\r");
        err.flush();
    }

    /**
     * Whether standard error is a terminal. Java 17 has no direct test, so a shell inheriting the JVM's standard
     * error answers {@code test -t 2}; where that cannot run, a console means a terminal.
     */
    static boolean stderrIsTerminal() {
        if (System.getenv("TERM") != null && System.getenv("TERM").equals("dumb")) {
            return false;
        }
        try {
            Process test = new ProcessBuilder("sh", "-c", "test -t 2")
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            return test.waitFor(2, TimeUnit.SECONDS) && test.exitValue() == 0;
        } catch (java.io.IOException e) {
            return System.console() != null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
