package org.osteorisk.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.osteorisk.model.MessageValue;
import org.osteorisk.reference.ReferenceData;

/**
 * A text with {@code {variable}} placeholders (an explanation, a recommendation, a title, in any language), compiled
 * once when the rule set or a message bundle loads, so that an unknown variable is a load error and formatting a
 * finding is a plain concatenation of its {@link MessageValue values}.
 *
 * <p>A cautious recommendation (the form a finding takes when a precaution outranks its advice) may also quote
 * {@code {caution}}: the reasons of the precautions that reworded it, which only the plan's resolution step knows.
 */
public final class Template {

    /** The variable a cautious recommendation uses for the precautions' reasons. */
    static final String CAUTION = "caution";
    /** {@code {caution}}: its value is set by the plan's resolution step, not computed from the profile. */
    static final Variable CAUTION_VARIABLE = new Variable(CAUTION, Variable.Style.CAUTION, null);

    /** A part of the text: literal text, or a variable's value. */
    private record Part(String literal, Variable variable) {
    }

    private final String source;
    private final List<Part> parts;
    /** The text, when the template has no variables: most recommendations. */
    private final String constant;

    private Template(String source, List<Part> parts) {
        this.source = source;
        this.parts = parts;
        this.constant = parts.stream().allMatch(p -> p.variable() == null) ? source : null;
    }

    /**
     * A rule's text, checked against the variables rules may quote and the thresholds of {@code reference};
     * {@code {caution}} is allowed.
     *
     * @throws IllegalArgumentException naming the first unknown variable or unclosed brace
     */
    public static Template compile(String text, ReferenceData reference) {
        return compile(text, RuleMetadata.variables(reference), true);
    }

    /** A text that quotes nothing: a title. */
    static Template literal(String text) {
        return new Template(text, text.isEmpty() ? List.of() : List.of(new Part(text, null)));
    }

    /**
     * A template whose variables are looked up by {@code variables}.
     *
     * @param variables the variable of a name; throws IllegalArgumentException naming what is allowed
     * @param cautious  whether {@code {caution}} may be quoted
     * @throws IllegalArgumentException naming the first unknown variable or unclosed brace
     */
    static Template compile(String text, Function<String, Variable> variables, boolean cautious) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                parts.add(new Part(text.substring(i), null));
                break;
            }
            if (open > i) {
                parts.add(new Part(text.substring(i, open), null));
            }
            int close = text.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed { in template");
            }
            String name = text.substring(open + 1, close).trim();
            if (name.equals(CAUTION)) {
                if (!cautious) {
                    throw new IllegalArgumentException("{caution} is only for @cautiousRecommendation and its translations");
                }
                parts.add(new Part(null, CAUTION_VARIABLE));
            } else {
                parts.add(new Part(null, variables.apply(name)));
            }
            i = close + 1;
        }
        return new Template(text, List.copyOf(parts));
    }

    /** The variables the text quotes, by name, in order of first use. */
    Map<String, Variable> variables() {
        Map<String, Variable> variables = new LinkedHashMap<>();
        parts.stream().filter(p -> p.variable() != null).forEach(p -> variables.putIfAbsent(p.variable().name(),
                p.variable()));
        return variables;
    }

    /**
     * The text with each variable's value from {@code values} as {@code wording} writes it.
     *
     * @return null when {@code values} lacks a variable the text quotes (a finding read back from a JSON that had no
     *         values): the caller then keeps the text it has
     */
    String render(Map<String, MessageValue> values, Wording wording) {
        if (constant != null) {
            return constant;
        }
        StringBuilder out = new StringBuilder(source.length() + 32);
        for (Part part : parts) {
            if (part.variable() == null) {
                out.append(part.literal());
                continue;
            }
            String name = part.variable().name();
            if (!values.containsKey(name)) {
                return null;
            }
            out.append(wording.render(values.get(name), part.variable().style()));
        }
        return out.toString();
    }

    /** The template as written. */
    public String source() {
        return source;
    }

    /** Templates are equal when written alike: compiled against one rule set, they render alike. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Template t && source.equals(t.source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }
}
