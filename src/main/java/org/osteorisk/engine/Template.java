package org.osteorisk.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An explanation or recommendation text with {@code {variable}} placeholders, compiled once when the rule set
 * loads, so that an unknown variable is a load error and formatting a finding is a plain concatenation.
 *
 * <p>A cautious recommendation (the form a finding takes when a precaution outranks its advice) may also quote
 * {@code {caution}}: the reasons of the precautions that reworded it, which only the plan's resolution step knows.
 */
public final class Template {

    /** The variable a cautious recommendation uses for the precautions' reasons. */
    static final String CAUTION = "caution";
    /** Marks the place of {@code {caution}} among the parts; compared by identity. */
    private static final Function<ProfileFacts, String> CAUTION_PART = facts -> "";

    private final String source;
    private final List<Function<ProfileFacts, String>> parts;
    /** The text, when the template has no variables: most recommendations. */
    private final String constant;

    private Template(String source, List<Function<ProfileFacts, String>> parts) {
        this.source = source;
        this.parts = parts;
        this.constant = source.indexOf('{') < 0 ? source : null;
    }

    /**
     * @param thresholdExists tells whether the rule set defines a threshold, so {threshold.x} can be checked
     * @throws IllegalArgumentException naming the first unknown variable or unclosed brace
     */
    public static Template compile(String text, Predicate<String> thresholdExists) {
        return compile(text, thresholdExists, false);
    }

    /** Like {@link #compile(String, Predicate)}, also allowing {@code {caution}}. */
    public static Template compileCautious(String text, Predicate<String> thresholdExists) {
        return compile(text, thresholdExists, true);
    }

    private static Template compile(String text, Predicate<String> thresholdExists, boolean cautious) {
        List<Function<ProfileFacts, String>> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                parts.add(literal(text.substring(i)));
                break;
            }
            if (open > i) {
                parts.add(literal(text.substring(i, open)));
            }
            int close = text.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed { in template");
            }
            String name = text.substring(open + 1, close).trim();
            if (name.equals(CAUTION)) {
                if (!cautious) {
                    throw new IllegalArgumentException("{caution} is only for @cautiousRecommendation");
                }
                parts.add(CAUTION_PART);
            } else {
                parts.add(TemplateVariables.resolver(name, thresholdExists));
            }
            i = close + 1;
        }
        return new Template(text, List.copyOf(parts));
    }

    private static Function<ProfileFacts, String> literal(String text) {
        return facts -> text;
    }

    public String render(ProfileFacts facts) {
        return render(facts, "");
    }

    /** The text for one profile, with {@code {caution}} replaced by {@code caution}. */
    public String render(ProfileFacts facts, String caution) {
        if (constant != null) {
            return constant;
        }
        StringBuilder out = new StringBuilder(source.length() + 32);
        for (Function<ProfileFacts, String> part : parts) {
            out.append(part == CAUTION_PART ? caution : part.apply(facts));
        }
        return out.toString();
    }

    /** The template as written. */
    public String source() {
        return source;
    }
}
