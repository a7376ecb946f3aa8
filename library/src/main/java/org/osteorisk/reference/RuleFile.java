package org.osteorisk.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One file of a rule set, wherever it lives (a folder, or a jar on the class path): its path inside the rule set
 * ({@code reference/sources.csv}), how messages name it, and how to read it.
 */
@NullMarked
public final class RuleFile {

    /** Opens the file's bytes; null when the rule set has no such file. */
    @FunctionalInterface
    public interface Opener {
        @Nullable InputStream open() throws IOException;
    }

    private final String path;
    private final String displayName;
    private final Opener opener;

    public RuleFile(String path, String displayName, Opener opener) {
        this.path = path;
        this.displayName = displayName;
        this.opener = opener;
    }

    /** The path inside the rule set, with {@code /}. */
    public String path() {
        return path;
    }

    /** How messages name the file: {@code rules/reference/sources.csv}. */
    public String displayName() {
        return displayName;
    }

    /** The file's text (UTF-8), or null when the rule set has no such file. The caller closes it. */
    public @Nullable Reader open() throws IOException {
        InputStream in = opener.open();
        return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** The file's bytes, or null when the rule set has no such file. The caller closes them. */
    public @Nullable InputStream openBytes() throws IOException {
        return opener.open();
    }

    @Override
    public String toString() {
        return displayName;
    }
}
