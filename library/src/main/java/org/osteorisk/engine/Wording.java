package org.osteorisk.engine;

import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.osteorisk.engine.Variable.Style;
import org.osteorisk.model.MessageValue;
import org.osteorisk.model.MessageValue.Amount;
import org.osteorisk.model.MessageValue.Group;
import org.osteorisk.model.MessageValue.Term;
import org.osteorisk.model.MessageValue.Terms;
import org.osteorisk.model.MessageValue.Text;
import org.osteorisk.model.MessageValue.Texts;
import org.osteorisk.model.Nutrient;
import org.osteorisk.reference.PrecautionTable;

/**
 * The words a text puts around the values it quotes, in one language: the word for an unknown value, how a list is
 * joined, a vocabulary term ({@code term.vitamin_d}), a precaution's reason ({@code precaution.CKD_BONE_VASCULAR}),
 * a reference group, a unit; and how numbers are written. A language's bundle falls back to English for any word it
 * does not give. Immutable.
 */
final class Wording {

    /** The English words every rule set starts from; the rule set adds its precautions' reasons. */
    private static final Map<String, String> ENGLISH = englishDefaults();

    private final Locale locale;
    private final Map<String, String> words;
    private final Wording fallback;
    private final char grouping;
    private final char decimal;

    private Wording(Locale locale, Map<String, String> words, Wording fallback) {
        this.locale = locale;
        this.words = Map.copyOf(words);
        this.fallback = fallback;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.grouping = symbols.getGroupingSeparator();
        this.decimal = symbols.getDecimalSeparator();
    }

    /** The rule set's own language: the built-in English words and its precautions' reasons. */
    static Wording english(PrecautionTable precautions) {
        Map<String, String> words = new HashMap<>(ENGLISH);
        precautions.all().forEach(p -> words.put("precaution." + p.code(), p.reason()));
        return new Wording(Locale.ENGLISH, words, null);
    }

    /** Another language's words, falling back to {@code english} for what {@code words} does not give. */
    static Wording of(Locale locale, Map<String, String> words, Wording english) {
        return new Wording(locale, words, english);
    }

    private static Map<String, String> englishDefaults() {
        Map<String, String> words = new HashMap<>();
        words.put("word.unknown", "unknown");
        words.put("word.not_known", "not known");
        words.put("word.not_measured", "not measured");
        words.put("word.none", "none");
        words.put("word.and", "and");
        words.put("word.t_score", "T-score");
        words.put("group.female.range", "women aged {from}-{to}");
        words.put("group.female.open", "women aged {from}+");
        words.put("group.male.range", "men aged {from}-{to}");
        words.put("group.male.open", "men aged {from}+");
        words.put("group.adults.range", "adults aged {from}-{to}");
        words.put("group.adults.open", "adults aged {from}+");
        for (Nutrient n : Nutrient.values()) {
            words.put("term." + n.key(), n.label());
        }
        return words;
    }

    /** The keys a bundle may give besides finding texts: every built-in word, group and nutrient term. */
    static Set<String> builtInKeys() {
        return ENGLISH.keySet();
    }

    Locale locale() {
        return locale;
    }

    /** The English this language falls back to; null for English itself. */
    Wording fallback() {
        return fallback;
    }

    /** The text for a value as a template quotes it with {@code style}. */
    String render(MessageValue value, Style style) {
        if (value == null) {
            return word(style.absent());
        }
        if (value instanceof Amount a) {
            String number = number(a.value());
            switch (style) {
                case PER_DAY: case READING: return a.unit().isEmpty() ? number : number + " " + unit(a.unit());
                case BONE_BASIS: return word("t_score") + " " + number;
                default: return number;
            }
        }
        if (value instanceof Text t) {
            return t.text();
        }
        if (value instanceof Term t) {
            return style == Style.CAUTION ? precaution(t.key()) : term(t.key());
        }
        if (value instanceof Texts t) {
            return list(t.items(), style);
        }
        if (value instanceof Terms t) {
            UnaryOperator<String> translate = style == Style.CAUTION ? this::precaution : this::term;
            return list(t.keys().stream().map(translate).toList(), style);
        }
        return group((Group) value);
    }

    private String list(List<String> items, Style style) {
        if (items.isEmpty()) {
            return word(style.absent());
        }
        if (style == Style.CAUTION) {
            return String.join("; ", new LinkedHashSet<>(items));
        }
        if (style != Style.LIST_AND || items.size() == 1) {
            return String.join(", ", items);
        }
        List<String> init = new ArrayList<>(items.subList(0, items.size() - 1));
        return String.join(", ", init) + " " + word("and") + " " + items.get(items.size() - 1);
    }

    private String group(Group g) {
        String who = g.sex() == null ? "adults" : g.sex().key();
        String pattern = lookup("group." + who + (g.ageTo() == null ? ".open" : ".range"));
        return pattern.replace("{from}", Integer.toString(g.ageFrom()))
                .replace("{to}", g.ageTo() == null ? "" : Integer.toString(g.ageTo()));
    }

    /** A word such as {@code unknown}, {@code none}, {@code and}. */
    String word(String key) {
        return lookup("word." + key);
    }

    /** A vocabulary term; without a translation, the key with spaces for underscores. */
    String term(String key) {
        String text = find("term." + key);
        return text != null ? text : key.replace('_', ' ');
    }

    private String precaution(String code) {
        String text = find("precaution." + code);
        return text != null ? text : code;
    }

    private String unit(String unit) {
        String text = find("unit." + unit);
        return text != null ? text : unit;
    }

    /** "1,200" in English, "1.200" in Spanish: the same rounding as {@link Quantities}, the locale's separators. */
    String number(double value) {
        String english = Quantities.format(value);
        if (grouping == ',' && decimal == '.') {
            return english;
        }
        StringBuilder out = new StringBuilder(english.length());
        for (int i = 0; i < english.length(); i++) {
            char c = english.charAt(i);
            out.append(c == ',' ? grouping : c == '.' ? decimal : c);
        }
        return out.toString();
    }

    /** What a key reads in this wording, with its fallbacks: for a term without a word, the key in words. */
    String english(String key) {
        return key.startsWith("term.") ? term(key.substring(5)) : lookup(key);
    }

    /** This language's own word for a key, without falling back to English; null when it has none. */
    String translation(String key) {
        return words.get(key);
    }

    private String lookup(String key) {
        String text = find(key);
        return text != null ? text : key;
    }

    private String find(String key) {
        String text = words.get(key);
        if (text == null && fallback != null) {
            text = fallback.find(key);
        }
        return text;
    }
}
