package org.osteorisk.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.osteorisk.model.MessageKeys;

/**
 * Every text of a rule set by message key, in English as the rules write it, with the variables each may quote: what
 * a language's message bundle translates. A text has the key {@code CODE.title}, {@code CODE.explanation},
 * {@code CODE.recommendation} or {@code CODE.cautious_recommendation}; when the rules of one code word a text
 * differently, each rule's text has its own key, {@code CODE/rule name.explanation}. Immutable.
 */
final class MessageCatalog {

    /**
     * One text: its English template and the variables a translation of it may quote (those every finding with this
     * key carries in its values).
     */
    record Text(String key, Template english, Map<String, Variable> variables, boolean cautious) {
    }

    private final Map<String, Text> texts;

    private MessageCatalog(Map<String, Text> texts) {
        this.texts = Collections.unmodifiableMap(texts);
    }

    /** The definitions with their message keys set, in the same order. */
    static List<FindingDefinition> withKeys(List<FindingDefinition> definitions) {
        Map<String, List<FindingDefinition>> byCode = byCode(definitions);
        List<FindingDefinition> keyed = new ArrayList<>(definitions.size());
        for (FindingDefinition d : definitions) {
            List<FindingDefinition> same = byCode.get(d.code());
            MessageKeys keys = new MessageKeys(d.code() + ".title",
                    key(d, same, "explanation", FindingDefinition::explanation),
                    key(d, same, "recommendation", FindingDefinition::recommendation));
            MessageKeys cautious = d.hasCautiousForm() ? new MessageKeys(keys.title(), keys.explanation(),
                    key(d, same, "cautious_recommendation", FindingDefinition::cautiousRecommendation)) : null;
            keyed.add(d.withMessageKeys(keys, cautious));
        }
        return keyed;
    }

    /** The code's key for a text when every rule of the code words it alike, else a key for this rule. */
    private static String key(FindingDefinition d, List<FindingDefinition> same, String field,
                              Function<FindingDefinition, Template> text) {
        String source = text.apply(d).source();
        boolean alike = same.stream().allMatch(o -> text.apply(o) == null || text.apply(o).source().equals(source));
        return d.code() + (alike ? "" : "/" + d.rule()) + "." + field;
    }

    private static Map<String, List<FindingDefinition>> byCode(List<FindingDefinition> definitions) {
        Map<String, List<FindingDefinition>> byCode = new LinkedHashMap<>();
        definitions.forEach(d -> byCode.computeIfAbsent(d.code(), c -> new ArrayList<>()).add(d));
        return byCode;
    }

    /** The catalogue of definitions whose keys are set ({@link #withKeys}). */
    static MessageCatalog of(List<FindingDefinition> definitions) {
        Map<String, Text> texts = new LinkedHashMap<>();
        for (FindingDefinition d : definitions) {
            Map<String, Variable> variables = d.variables();
            add(texts, d.messageKeys().title(), Template.literal(d.title()), Map.of(), false);
            add(texts, d.messageKeys().explanation(), d.explanation(), variables, false);
            add(texts, d.messageKeys().recommendation(), d.recommendation(), variables, false);
            if (d.cautiousKeys() != null) {
                add(texts, d.cautiousKeys().recommendation(), d.cautiousRecommendation(), variables, true);
            }
        }
        return new MessageCatalog(texts);
    }

    /** Adds a text, or narrows its variables to those every definition sharing the key carries. */
    private static void add(Map<String, Text> texts, String key, Template english, Map<String, Variable> variables,
                            boolean cautious) {
        Text known = texts.get(key);
        if (known == null) {
            texts.put(key, new Text(key, english, Map.copyOf(variables), cautious));
            return;
        }
        Map<String, Variable> shared = new LinkedHashMap<>(known.variables());
        shared.keySet().retainAll(variables.keySet());
        texts.put(key, new Text(key, known.english(), Map.copyOf(shared), cautious));
    }

    /** The text with this key, or null. */
    Text text(String key) {
        return texts.get(Objects.requireNonNull(key));
    }

    /** Every text, in rule order. */
    Map<String, Text> texts() {
        return texts;
    }
}
