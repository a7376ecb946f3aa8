package org.osteorisk.io;

/** An input file that cannot be read at all (no header, no id column): names the file and line. */
public class InputFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputFileException(String source, long line, String problem) {
        super(source + ":" + line + ": " + problem);
    }
}
