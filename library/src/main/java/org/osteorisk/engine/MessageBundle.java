package org.osteorisk.engine;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osteorisk.model.BoneStatus;
import org.osteorisk.model.Diet;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Sex;
import org.osteorisk.reference.DataFile;
import org.osteorisk.reference.ProblemList;
import org.osteorisk.reference.ReferenceData;

/**
 * Reads one language's message bundle, a CSV file {@code key,text[,english]}, and checks every row against the rule
 * set: a finding text may quote only the values its findings carry, a word must be one the rule set uses, a term one
 * of its vocabulary. Every problem names the file, line and column; a blank text means not translated yet.
 */
final class MessageBundle {

    static final String FOLDER = "messages";
    static final List<String> COLUMNS = List.of("key", "text");
    private static final Pattern GROUP_VARIABLE = Pattern.compile("\\{([^}]*)}");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private MessageBundle() {
    }

    static Messages read(Reader reader, String displayName, Locale locale, MessageCatalog catalog, Wording english,
                         ReferenceData reference, ProblemList problems) {
        Map<String, Template> texts = new LinkedHashMap<>();
        Map<String, String> words = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        List<String> stale = new ArrayList<>();
        Set<String> terms = terms(reference);
        new DataFile(displayName, problems).read(reader, COLUMNS, row -> {
            String key = row.text("key");
            String text = row.optionalText("text");
            Integer earlier = lines.putIfAbsent(key, row.line());
            if (earlier != null) {
                throw row.fail("key", "given twice (first at line " + earlier + ")");
            }
            if (text == null) {
                return;
            }
            MessageCatalog.Text entry = catalog.text(key);
            if (entry != null) {
                texts.put(key, compile(entry, text, row));
                String translatedFrom = row.optionalText("english");
                if (translatedFrom != null && !translatedFrom.equals(entry.english().source())) {
                    stale.add(key);
                }
                return;
            }
            String problem = wordProblem(key, text, terms, reference);
            if (problem != null) {
                throw row.fail("key", problem);
            }
            words.put(key, text);
        });
        return new Messages(locale, catalog, texts, Wording.of(locale, words, english), stale, wordKeys(reference));
    }

    private static Template compile(MessageCatalog.Text entry, String text, DataFile.Row row) {
        Function<String, Variable> variables = name -> {
            Variable v = entry.variables().get(name);
            if (v == null) {
                throw new IllegalArgumentException(entry.variables().isEmpty()
                        ? "{" + name + "}: this text quotes no values"
                        : "{" + name + "} is not among the values of this text; it may quote "
                        + String.join(", ", new TreeSet<>(entry.variables().keySet()).stream()
                                .map(n -> "{" + n + "}").toList()));
            }
            return v;
        };
        try {
            return Template.compile(text, variables, entry.cautious());
        } catch (IllegalArgumentException e) {
            throw row.fail("text", e.getMessage());
        }
    }

    /** Why a key that is not a finding text cannot be translated; null when it can. */
    private static String wordProblem(String key, String text, Set<String> terms, ReferenceData reference) {
        if (key.startsWith("word.") || key.startsWith("group.")) {
            if (!Wording.builtInKeys().contains(key)) {
                return "unknown key; the words are " + String.join(", ", new TreeSet<>(Wording.builtInKeys().stream()
                        .filter(k -> k.startsWith("word.") || k.startsWith("group.")).toList()));
            }
            Matcher variable = GROUP_VARIABLE.matcher(text);
            while (variable.find()) {
                if (!key.startsWith("group.") || !Set.of("from", "to").contains(variable.group(1))) {
                    return key.startsWith("group.") ? "a group quotes only {from} and {to}"
                            : "a word quotes no values";
                }
            }
            return null;
        }
        if (key.startsWith("term.")) {
            return terms.contains(key.substring(5)) ? null
                    : "unknown term; the rule set's terms are " + String.join(", ", new TreeSet<>(terms));
        }
        if (key.startsWith("precaution.")) {
            return reference.precautions().of(key.substring(11)) != null ? null
                    : "no precaution " + key.substring(11) + " in reference/precautions.csv";
        }
        if (key.startsWith("unit.")) {
            return null;
        }
        return "unknown key: expected a finding text (CODE.title, CODE.explanation, CODE.recommendation, "
                + "CODE.cautious_recommendation; see `osteorisk rules messages`), word.*, group.*, term.*, "
                + "precaution.* or unit.*";
    }

    /** The vocabulary a bundle may translate: nutrients, sexes, diets, bone statuses, conditions. */
    static Set<String> terms(ReferenceData reference) {
        Set<String> terms = new TreeSet<>(reference.conditions().names());
        for (Nutrient n : Nutrient.values()) {
            terms.add(n.key());
        }
        for (Sex s : Sex.values()) {
            terms.add(s.key());
        }
        for (Diet d : Diet.values()) {
            terms.add(d.key());
        }
        for (BoneStatus b : BoneStatus.values()) {
            if (b != BoneStatus.UNKNOWN) {
                terms.add(b.label().replace(' ', '_'));
            }
        }
        terms.add("diagnosis");
        return terms;
    }

    /**
     * Every key a bundle may give besides finding texts, in the order a bundle file lists them: the words, the groups,
     * the vocabulary's terms and the precautions' reasons ({@code unit.*} keys are optional and open).
     */
    static List<String> wordKeys(ReferenceData reference) {
        List<String> keys = new ArrayList<>(new TreeSet<>(Wording.builtInKeys().stream()
                .filter(k -> !k.startsWith("term.")).toList()));
        terms(reference).forEach(t -> keys.add("term." + t));
        reference.precautions().all().stream().map(p -> "precaution." + p.code()).sorted().forEach(keys::add);
        return keys;
    }

    /** The language a bundle file is for, from its name: {@code es.csv}, {@code pt-BR.csv}; null if not a tag. */
    static Locale localeOf(String fileName) {
        if (!fileName.endsWith(".csv")) {
            return null;
        }
        String tag = fileName.substring(0, fileName.length() - 4);
        Locale locale = Locale.forLanguageTag(tag);
        boolean language = ISO_LANGUAGES.contains(locale.getLanguage());
        return !language || !locale.toLanguageTag().equalsIgnoreCase(tag) ? null : locale;
    }
}
