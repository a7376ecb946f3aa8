package org.osteorisk.reference;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osteorisk.model.Nutrient;

/**
 * Names of supplement forms and their canonical form per nutrient, from {@code reference/supplement-forms.csv}
 * ({@code nutrient,term,form,source}): for vitamin K, {@code mk7} and {@code menaquinone} are {@code k2}.
 */
public final class SupplementForms {

    static final String FILE = "supplement-forms.csv";
    private static final List<String> COLUMNS = List.of("nutrient", "term", "form", "source");

    private final Map<Nutrient, Map<String, String>> forms;

    SupplementForms(Map<Nutrient, Map<String, String>> forms) {
        this.forms = forms;
    }

    /** The canonical form, or the form as written (normalised) when it is not listed; null stays null. */
    public String canonical(Nutrient nutrient, String form) {
        if (form == null) {
            return null;
        }
        String term = TermMap.normalise(form);
        return forms.getOrDefault(nutrient, Map.of()).getOrDefault(term, term);
    }

    static SupplementForms load(RuleFile file, ProblemList problems) {
        Map<Nutrient, Map<String, String>> map = new EnumMap<>(Nutrient.class);
        new DataFile(file.displayName(), problems).read(file, COLUMNS, row -> {
            Nutrient nutrient;
            try {
                nutrient = Nutrient.fromKey(row.text("nutrient"));
            } catch (IllegalArgumentException e) {
                throw row.fail("nutrient", e.getMessage());
            }
            row.text("source");
            String form = TermMap.normalise(row.text("form"));
            Map<String, String> terms = map.computeIfAbsent(nutrient, n -> new HashMap<>());
            String earlier = terms.putIfAbsent(TermMap.normalise(row.text("term")), form);
            if (earlier != null && !earlier.equals(form)) {
                throw row.fail("form", "term listed earlier as " + earlier);
            }
        });
        map.replaceAll((n, terms) -> Map.copyOf(terms));
        return new SupplementForms(map);
    }
}
