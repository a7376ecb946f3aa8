package org.osteorisk.reference;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Condition names and their synonyms, from {@code reference/conditions.csv} ({@code term,condition,source}):
 * {@code crohns} is {@code ibd}. A canonical name maps to itself.
 */
public final class ConditionVocabulary {

    static final String FILE = "conditions.csv";
    private final Map<String, String> canonicalByTerm;

    ConditionVocabulary(Map<String, String> canonicalByTerm) {
        this.canonicalByTerm = Map.copyOf(canonicalByTerm);
    }

    /** The canonical name of a condition, or null when the term is not in the vocabulary. */
    public String canonical(String term) {
        return canonicalByTerm.get(TermMap.normalise(term));
    }

    /** The canonical names, which rules and message bundles use. */
    public java.util.Set<String> names() {
        return java.util.Set.copyOf(canonicalByTerm.values());
    }

    static ConditionVocabulary load(Path file, String displayName, ProblemList problems) {
        Map<String, String> map = TermMap.load(file, displayName, "term", "condition", problems);
        // A canonical name is a term for itself even when no row says so.
        for (String condition : List.copyOf(map.values())) {
            map.putIfAbsent(condition, condition);
        }
        return new ConditionVocabulary(map);
    }
}
