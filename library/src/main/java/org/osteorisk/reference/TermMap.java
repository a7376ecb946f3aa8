package org.osteorisk.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The vocabularies' shared parts: how terms from profiles are compared (case, spaces and hyphens do not matter),
 * and how a two-column term table ({@code term,value,source}) is read.
 */
final class TermMap {
    private TermMap() {
    }

    static String normalise(String term) {
        return term.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    /**
     * Reads a table mapping each term to a value, both normalised. A term listed twice with different values is a
     * problem at the second row.
     */
    static Map<String, String> load(RuleFile file, String termColumn, String valueColumn, ProblemList problems) {
        Map<String, String> map = new HashMap<>();
        new DataFile(file.displayName(), problems).read(file, List.of(termColumn, valueColumn, "source"), row -> {
            String term = normalise(row.text(termColumn));
            String value = normalise(row.text(valueColumn));
            row.text("source");
            String earlier = map.putIfAbsent(term, value);
            if (earlier != null && !earlier.equals(value)) {
                throw row.fail(valueColumn, termColumn + " listed earlier as " + earlier);
            }
        });
        return map;
    }
}
