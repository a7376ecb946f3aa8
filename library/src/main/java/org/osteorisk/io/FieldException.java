package org.osteorisk.io;

import org.osteorisk.model.ProfileValidationException;

/**
 * A profile field that cannot be read: a {@link ProfileValidationException} with one problem. The message names the
 * field and what was expected, never the value: values are health data.
 */
public class FieldException extends ProfileValidationException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    public FieldException(String field, String problem) {
        super(field, problem);
        this.field = field;
        this.problem = problem;
    }

    /** The field's name, as in the CSV header. */
    public String field() {
        return field;
    }

    /**
     * What is wrong, in words, without a field's name: for a {@link ProfileValidationException}, its problems'
     * messages; else the exception's message.
     */
    static String problemOf(IllegalArgumentException e) {
        if (e instanceof ProfileValidationException v) {
            return String.join("; ", v.problems().stream().map(ProfileValidationException.Problem::message).toList());
        }
        return e.getMessage();
    }

    /** What is wrong, without the field's name. */
    public String problem() {
        return problem;
    }
}
