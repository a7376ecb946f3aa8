package org.osteorisk.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A profile that cannot be built or read, with every problem found at once, each naming its field (the CSV column
 * name, which is also the JSON key). Thrown by {@link Profile.Builder#build()}, the profile readers and the value
 * types a profile holds. The message names fields and what was expected, never a value: values are health data.
 */
public class ProfileValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * One problem.
     *
     * @param field the field, as a CSV column / JSON key ({@code age}, {@code supplements}); null when the problem is
     *              with the whole input (not valid JSON)
     * @param message what is wrong or expected, without the field's name and without the value
     */
    public record Problem(@Nullable String field, String message) {
        public Problem {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return field == null ? message : field + ": " + message;
        }
    }

    private final @Nullable String profileId;
    private final transient List<Problem> problems;

    /**
     * @param profileId the profile's id, or null when unknown
     * @param problems  at least one
     */
    public ProfileValidationException(@Nullable String profileId, List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation exception holds at least one problem");
        }
        this.profileId = profileId;
        this.problems = List.copyOf(problems);
    }

    /** One problem with one field. */
    public ProfileValidationException(@Nullable String field, String message) {
        this(null, List.of(new Problem(field, message)));
    }

    /** The profile's id, or null when it is unknown (not given, or not readable). */
    public @Nullable String profileId() {
        return profileId;
    }

    /** Every problem, in the order of the fields. */
    public List<Problem> problems() {
        return problems;
    }
}
