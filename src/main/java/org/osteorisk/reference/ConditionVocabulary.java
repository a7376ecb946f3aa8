package org.osteorisk.reference;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Condition names and their synonyms, from {@code reference/conditions.csv} ({@code term,condition,source}):
 * {@code crohns} is {@code ibd}. A canonical name maps to itself.
 */
public final class ConditionVocabulary {

    static final String FILE = "conditions.csv";
    private static final List<String> COLUMNS = List.of("term", "condition", "source");

    private final Map<String, String> canonicalByTerm;

    ConditionVocabulary(Map<String, String> canonicalByTerm) {
        this.canonicalByTerm = Map.copyOf(canonicalByTerm);
    }

    /** The canonical name of a condition, or null when the term is not in the vocabulary. */
    public String canonical(String term) {
        return canonicalByTerm.get(TermMap.normalise(term));
    }

    static ConditionVocabulary load(Path file, String displayName, ProblemList problems) {
        Map<String, String> map = new HashMap<>();
        new DataFile(displayName, problems).read(file, COLUMNS, row -> {
            String term = TermMap.normalise(row.text("term"));
            String condition = TermMap.normalise(row.text("condition"));
            row.text("source");
            String earlier = map.putIfAbsent(term, condition);
            if (earlier != null && !earlier.equals(condition)) {
                throw row.fail("condition", "term listed earlier as " + earlier);
            }
            map.putIfAbsent(condition, condition);
        });
        return new ConditionVocabulary(map);
    }
}
