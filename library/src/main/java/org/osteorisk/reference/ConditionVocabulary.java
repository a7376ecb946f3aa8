package org.osteorisk.reference;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Conditions as profiles write them: names and synonyms from {@code reference/conditions.csv}
 * ({@code term,condition,source}: {@code crohns} is {@code ibd}), and codes from {@code reference/condition-codes.csv}
 * (SNOMED CT, ICD-10, ICD-10-CM: {@code icd10cm:K50.90} is {@code ibd}). A canonical name maps to itself.
 */
public final class ConditionVocabulary {

    static final String FILE = "conditions.csv";
    static final String CODES_FILE = "condition-codes.csv";
    private static final String NAME = "name";

    private final Map<String, String> canonicalByTerm;
    private final CodeTable codes;

    ConditionVocabulary(Map<String, String> canonicalByTerm, CodeTable codes) {
        this.canonicalByTerm = Map.copyOf(canonicalByTerm);
        this.codes = codes;
    }

    /** The canonical name of a condition written as a name, or null when the vocabulary does not have it. */
    public String canonical(String term) {
        return canonicalByTerm.get(TermMap.normalise(term));
    }

    /** What a condition as written is: a name or a code the vocabulary knows, or not. */
    public TermResolution resolve(String term) {
        String named = canonical(term);
        CodedTerm coded = named == null ? CodedTerm.parse(term, CodedTerm.Field.CONDITIONS) : null;
        if (coded == null) {
            // A name first: a synonym such as t2d looks like an ICD-10 code, and the table that lists it knows better.
            return new TermResolution(named, null, NAME);
        }
        CodeTable.Entry entry = codes.lookup(coded);
        return new TermResolution(entry == null ? null : entry.concept(), null, coded.valueKind());
    }

    /** The canonical names, which rules and message bundles use. */
    public Set<String> names() {
        return Set.copyOf(canonicalByTerm.values());
    }

    static ConditionVocabulary load(RuleSetFiles files, ProblemList problems) {
        Map<String, String> map = TermMap.load(ReferenceData.file(files, FILE), "term", "condition",
                problems);
        // A canonical name is a term for itself even when no row says so.
        for (String condition : List.copyOf(map.values())) {
            map.putIfAbsent(condition, condition);
        }
        Set<String> names = Set.copyOf(map.values());
        CodeTable codes = CodeTable.load(ReferenceData.file(files, CODES_FILE), "condition",
                false, (condition, drugClass) -> names.contains(condition) ? null
                        : "not a condition of " + FILE + "; add it there first", problems);
        return new ConditionVocabulary(map, codes);
    }
}
