package org.osteorisk.io;

/**
 * A profile field that cannot be read. The message names the field and what was expected, never the value:
 * values are health data.
 */
public class FieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    public FieldException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The field's name, as in the CSV header. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field's name. */
    public String problem() {
        return problem;
    }
}
