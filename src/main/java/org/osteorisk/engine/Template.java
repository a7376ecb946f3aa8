package org.osteorisk.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An explanation or recommendation text with {@code {variable}} placeholders, compiled once when the rule set
 * loads, so that an unknown variable is a load error and formatting a finding is a plain concatenation.
 */
public final class Template {

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
            parts.add(TemplateVariables.resolver(text.substring(open + 1, close).trim(), thresholdExists));
            i = close + 1;
        }
        return new Template(text, List.copyOf(parts));
    }

    private static Function<ProfileFacts, String> literal(String text) {
        return facts -> text;
    }

    public String render(ProfileFacts facts) {
        if (constant != null) {
            return constant;
        }
        StringBuilder out = new StringBuilder(source.length() + 32);
        for (Function<ProfileFacts, String> part : parts) {
            out.append(part.apply(facts));
        }
        return out.toString();
    }

    /** The template as written. */
    public String source() {
        return source;
    }
}
