package org.osteorisk.authoring.mutation;

import java.util.List;

/**
 * One small, plausible mistake in a rule set: a comparison turned around, a reference value nudged, an age band
 * moved, a severity changed, an explanation quoting the wrong number. It is made by editing a copy of the rule
 * set's files.
 *
 * @param kind        what sort of mistake
 * @param file        the file it is made in, relative to the rule set's folder ({@code reference/intakes.csv})
 * @param line        the line it is made at, for the report
 * @param description the mistake in the author's words, to follow "your cases would not notice if":
 *                    {@code the calcium RDA for men aged 71+ were 1,320 mg/day instead of 1,200}
 * @param edits       the text replacements that make it, all in {@code file}
 */
public record Mutation(MutationKind kind, String file, int line, String description, List<Edit> edits) {

    public Mutation {
        edits = List.copyOf(edits);
    }

    /** Replaces the characters {@code [start, end)} of the file's original text with {@code replacement}. */
    public record Edit(int start, int end, String replacement) {
    }

    /** The file's text with the edits made. */
    public String apply(String original) {
        StringBuilder text = new StringBuilder(original);
        // From the end backwards, so that each edit's offsets still refer to the original text.
        edits.stream().sorted((a, b) -> Integer.compare(b.start(), a.start()))
                .forEach(e -> text.replace(e.start(), e.end(), e.replacement()));
        return text.toString();
    }

    /** Where it is, as an editor opens it: {@code rules/reference/intakes.csv:9}. */
    public String location(String displayRoot) {
        return displayRoot + "/" + file + ":" + line;
    }
}
