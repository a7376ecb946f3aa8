package org.osteorisk.reference;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Codes of a vocabulary, from a rule set's {@code reference/condition-codes.csv} or {@code medication-codes.csv}:
 * each row maps a code of a system to a concept, {@code exact}ly or as a {@code prefix} (the code and every code
 * under it: {@code N18} is every stage of chronic kidney disease). ICD-10 codes match with or without their dot.
 * SNOMED CT codes match exactly: a descendant concept needs a row of its own.
 */
final class CodeTable {

    /**
     * What a code stands for.
     *
     * @param concept   the condition; for a medication its generic name, or null for a code of a whole class
     * @param drugClass the drug class of a medication code; null for a condition
     */
    record Entry(String concept, String drugClass) {
    }

    private final Map<CodeSystem, Map<String, Entry>> exact = new EnumMap<>(CodeSystem.class);
    private final Map<CodeSystem, Map<String, Entry>> prefixes = new EnumMap<>(CodeSystem.class);

    /** The entry for a code in one system: an exact row, else the longest prefix row; null when none matches. */
    Entry lookup(CodeSystem system, String code) {
        String key = key(code);
        Entry entry = exact.getOrDefault(system, Map.of()).get(key);
        if (entry != null) {
            return entry;
        }
        Map<String, Entry> byPrefix = prefixes.getOrDefault(system, Map.of());
        for (int length = key.length(); length > 0; length--) {
            entry = byPrefix.get(key.substring(0, length));
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }

    /**
     * The entry for a coded term: of the first of its systems that knows the code. A bare ICD-10 code that the WHO
     * and CM editions read as different concepts is not recognised: it is null, and the term must name its system.
     */
    Entry lookup(CodedTerm term) {
        List<Entry> found = new ArrayList<>();
        for (CodeSystem system : term.systems()) {
            Entry entry = lookup(system, term.code());
            if (entry != null) {
                found.add(entry);
            }
        }
        if (found.isEmpty() || found.stream().distinct().count() > 1) {
            return null;
        }
        return found.get(0);
    }

    private static String key(String code) {
        return CodedTerm.normalise(code).replace(".", "");
    }

    /**
     * Reads a code table. {@code conceptColumn} names the concept ({@code condition}); with {@code withClass}, each
     * row also names a drug class and optionally a generic name ({@code medication}). {@code check} says what is
     * wrong with a row's concept and class (one the vocabulary does not know), or null.
     */
    static CodeTable load(RuleFile file, String conceptColumn, boolean withClass,
                          java.util.function.BiFunction<String, String, String> check, ProblemList problems) {
        CodeTable table = new CodeTable();
        List<String> columns = new ArrayList<>(List.of("system", "code", "match", conceptColumn, "display",
                "source"));
        if (withClass) {
            columns.add("class");
        }
        Map<String, Integer> seen = new HashMap<>();
        new DataFile(file.displayName(), problems).read(file, columns, row -> {
            CodeSystem system;
            try {
                system = CodeSystem.parse(row.text("system"));
            } catch (IllegalArgumentException e) {
                throw row.fail("system", e.getMessage());
            }
            String code = CodedTerm.normalise(row.text("code"));
            String match = row.text("match").toLowerCase(Locale.ROOT);
            if (!match.equals("exact") && !match.equals("prefix")) {
                throw row.fail("match", "expected exact or prefix");
            }
            row.text("display");
            row.text("source");
            String concept = withClass ? row.optionalText(conceptColumn) : row.text(conceptColumn);
            String drugClass = withClass ? TermMap.normalise(row.text("class")) : null;
            Entry entry = new Entry(concept == null ? null : TermMap.normalise(concept), drugClass);
            String problem = check.apply(entry.concept(), entry.drugClass());
            if (problem != null) {
                throw row.fail(problem.startsWith("class") ? "class" : conceptColumn, problem);
            }
            Integer earlier = seen.putIfAbsent(system.key() + " " + match + " " + key(code), row.line());
            if (earlier != null) {
                throw row.fail("code", "listed twice (first at line " + earlier + ")");
            }
            (match.equals("exact") ? table.exact : table.prefixes).computeIfAbsent(system, s -> new HashMap<>())
                    .put(key(code), entry);
        });
        return table;
    }
}
