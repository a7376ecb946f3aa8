package org.osteorisk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.osteorisk.io.ResultJson;

/**
 * One thing a finding's recommendation asks for, as data: {@code increase vitamin_k}, {@code review calcium_supplement}.
 * A target names a nutrient (from any source), a nutrient's supplements ({@code <nutrient>_supplement}), a lifestyle
 * habit, a test or a part of care; the rule set's {@code reference/advice-targets.csv} lists them.
 */
@JsonSerialize(using = ResultJson.PartSerializer.class)
public record Advice(AdviceAction action, String target) {

    /** The word {@code @advice} uses for a finding that asks for nothing. */
    public static final String NONE = "none";

    public Advice {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
    }

    /**
     * Reads {@code "increase vitamin_k; review vitamin_k_supplement"}, or {@code "none"} for an empty list.
     *
     * @throws IllegalArgumentException naming the entry that is not {@code action target}
     */
    public static List<Advice> parseList(String text) {
        if (text.trim().equalsIgnoreCase(NONE)) {
            return List.of();
        }
        List<Advice> advice = new ArrayList<>();
        for (String entry : text.split(";")) {
            if (!entry.isBlank()) {
                advice.add(parse(entry));
            }
        }
        if (advice.isEmpty()) {
            throw new IllegalArgumentException("no advice: write 'action target' entries separated by ';', or none");
        }
        return List.copyOf(advice);
    }

    /** Reads one {@code action target} entry. */
    public static Advice parse(String entry) {
        String[] words = entry.trim().split("\\s+");
        if (words.length != 2) {
            throw new IllegalArgumentException("'" + entry.trim() + "' is not 'action target' (e.g. increase calcium)");
        }
        return new Advice(AdviceAction.parse(words[0]), words[1]);
    }

    /** {@code increase vitamin_k}, the form files and outputs use. */
    @Override
    public String toString() {
        return action.key() + " " + target;
    }
}
