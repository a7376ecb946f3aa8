package org.osteorisk.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.osteorisk.model.Advice;
import org.osteorisk.model.Evidence;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Severity;
import org.osteorisk.model.Source;
import org.osteorisk.reference.ProblemList;
import org.osteorisk.reference.ReferenceData;

/**
 * Reads each rule's finding metadata and checks it: every rule declares what it reports, in allowed values,
 * with explanations that only quote variables that exist.
 */
final class RuleMetadata {

    /** The metadata every rule must declare. */
    static final List<String> REQUIRED = List.of("code", "severity", "evidence", "sources", "domain", "title",
            "explanation", "recommendation", "advice");
    /** What a scope notice ({@code @exclusive("true")}) declares instead: it is a status, with no severity or advice. */
    static final List<String> REQUIRED_FOR_SCOPE =
            List.of("code", "evidence", "sources", "domain", "title", "explanation", "recommendation");

    /** Every metadata name a rule may carry: {@link RuleFileChecks} refuses any other. */
    static final List<String> ALLOWED = List.of("code", "severity", "evidence", "domain", "sources", "title", "when",
            "explanation", "recommendation", "exclusive", "advice", "cautiousRecommendation", "cautiousAdvice");

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern NUTRIENT = Pattern.compile("Nutrient\\s*\\.\\s*([A-Z0-9_]+)");

    private RuleMetadata() {
    }

    static List<FindingDefinition> read(RuleSource source, PackageDescr pkg, ReferenceData reference,
                                        ProblemList problems) {
        List<FindingDefinition> definitions = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            int line = source.lineInFile().applyAsInt(rule.getLine());
            Reporter report = message -> problems.add(source.displayName(), line, source.generated() ? 0 : 1,
                    "rule \"" + rule.getName() + "\": " + message);
            FindingDefinition definition = definition(source, rule, line, reference, report);
            if (definition != null) {
                definitions.add(definition);
            }
        }
        return definitions;
    }

    private interface Reporter {
        void problem(String message);
    }

    private static FindingDefinition definition(RuleSource source, RuleDescr rule, int line, ReferenceData reference,
                                                Reporter report) {
        boolean scope = "true".equals(value(rule, "exclusive"));
        List<String> required = scope ? REQUIRED_FOR_SCOPE : REQUIRED;
        List<String> missing = new ArrayList<>();
        for (String name : required) {
            if (value(rule, name) == null) {
                missing.add("@" + name);
            }
        }
        if (!missing.isEmpty()) {
            report.problem("missing " + String.join(", ", missing) + "; every " + (scope ? "scope notice" : "rule")
                    + " declares " + String.join(", ", required.stream().map(n -> "@" + n).toList()));
            return null;
        }
        String code = value(rule, "code");
        boolean ok = true;
        if (!CODE.matcher(code).matches()) {
            report.problem("@code(" + code + ") must be upper case letters, digits and _ (e.g. CALCIUM_BELOW_RDA)");
            ok = false;
        }
        String exclusive = value(rule, "exclusive");
        if (exclusive != null && !exclusive.equals("true") && !exclusive.equals("false")) {
            report.problem("@exclusive must be true or false");
            ok = false;
        }
        if (scope) {
            for (String name : List.of("severity", "advice", "cautiousRecommendation", "cautiousAdvice")) {
                if (value(rule, name) != null) {
                    report.problem("@" + name + " does not apply to a scope notice (@exclusive): it is a status, "
                            + "not a finding");
                    ok = false;
                }
            }
        }
        Severity severity = scope ? null : parse(() -> Severity.parse(value(rule, "severity")), "@severity", report);
        Evidence evidence = parse(() -> Evidence.parse(value(rule, "evidence")), "@evidence", report);
        List<Source> sources = parse(() -> reference.sources().resolve(value(rule, "sources")), "@sources", report);
        Template explanation = template(rule, "explanation", reference, report);
        Template recommendation = template(rule, "recommendation", reference, report);
        List<AdviceItem> advice = scope ? List.of() : advice(rule, "advice", reference, report);
        Cautious cautious = scope ? new Cautious(null, List.of(), true) : cautious(rule, advice, reference, report);
        if (!ok || (severity == null && !scope) || evidence == null || sources == null || explanation == null
                || recommendation == null || advice == null || !cautious.valid()) {
            return null;
        }
        String conditions = conditions(source.drl(), rule);
        return new FindingDefinition(code, severity, evidence, value(rule, "domain"), value(rule, "title"),
                explanation, recommendation, advice, cautious.recommendation(), cautious.advice(), sources,
                value(rule, "when"), scope, rule.getName(), source.displayName(), line, conditions,
                ThresholdCalls.namesIn(conditions), nutrients(conditions), null, null);
    }

    /** A rule's cautious form: both parts or neither. */
    private record Cautious(Template recommendation, List<AdviceItem> advice, boolean valid) {
    }

    private static Cautious cautious(RuleDescr rule, List<AdviceItem> advice, ReferenceData reference,
                                     Reporter report) {
        boolean hasText = value(rule, "cautiousRecommendation") != null;
        boolean hasAdvice = value(rule, "cautiousAdvice") != null;
        if (!hasText && !hasAdvice) {
            return new Cautious(null, List.of(), true);
        }
        if (hasText != hasAdvice) {
            report.problem("@cautiousRecommendation and @cautiousAdvice go together: the cautious form says what to do"
                    + " and what that asks for");
            return new Cautious(null, List.of(), false);
        }
        Template text;
        try {
            text = Template.compile(value(rule, "cautiousRecommendation"), variables(reference), true);
        } catch (IllegalArgumentException e) {
            report.problem("@cautiousRecommendation: " + e.getMessage());
            return new Cautious(null, List.of(), false);
        }
        List<AdviceItem> cautiousAdvice = advice(rule, "cautiousAdvice", reference, report);
        if (cautiousAdvice == null) {
            return new Cautious(null, List.of(), false);
        }
        if (cautiousAdvice.stream().anyMatch(a -> a.advice().action().restrains())) {
            report.problem("@cautiousAdvice may not hold anything back (decrease, stop, avoid, limit, keep_steady): "
                    + "restraints belong to precautions (reference/precautions.csv), and a cautious form only asks for "
                    + "less; say 'review' instead");
            return new Cautious(null, List.of(), false);
        }
        if (cautiousAdvice.equals(advice)) {
            report.problem("@cautiousAdvice is the same as @advice: a cautious form asks for less than the rule does");
            return new Cautious(null, List.of(), false);
        }
        return new Cautious(text, cautiousAdvice, true);
    }

    /** An advice list, each entry checked against the rule set's targets; null (reported) when it does not read. */
    private static List<AdviceItem> advice(RuleDescr rule, String name, ReferenceData reference, Reporter report) {
        try {
            List<AdviceItem> items = AdviceItem.parseList(value(rule, name));
            items.forEach(item -> item.check(reference.adviceTargets()));
            List<Advice> advice = AdviceItem.possible(items);
            for (Advice restraint : advice) {
                for (Advice increase : advice) {
                    if (reference.adviceTargets().contradicts(restraint, increase)) {
                        throw new IllegalArgumentException("'" + restraint + "' contradicts '" + increase
                                + "' in the same list");
                    }
                }
            }
            return items;
        } catch (IllegalArgumentException e) {
            report.problem("@" + name + ": " + e.getMessage());
            return null;
        }
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String name, Reporter report) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            report.problem(name + ": " + e.getMessage());
            return null;
        }
    }

    /** The variables a rule's texts may quote, with the rule set's thresholds. */
    static java.util.function.Function<String, Variable> variables(ReferenceData reference) {
        java.util.function.Predicate<String> thresholdExists =
                reference.thresholds() == null ? t -> true : reference.thresholds()::contains;
        return name -> TemplateVariables.resolve(name, thresholdExists);
    }

    private static Template template(RuleDescr rule, String name, ReferenceData reference, Reporter report) {
        try {
            return Template.compile(value(rule, name), variables(reference), false);
        } catch (IllegalArgumentException e) {
            report.problem("@" + name + ": " + e.getMessage());
            return null;
        }
    }

    /** A metadata value without its quotes (and escapes undone), or null when absent or blank. */
    static String value(RuleDescr rule, String name) {
        AnnotationDescr annotation = rule.getAnnotation(name);
        if (annotation == null || annotation.getValue() == null) {
            return null;
        }
        String raw = String.valueOf(annotation.getSingleValue());
        String text = (StringLiterals.isOne(raw) ? StringLiterals.value(raw) : AnnotationDescr.unquote(raw)).trim();
        return text.isEmpty() ? null : text;
    }

    /** The rule's {@code when} part as written. */
    private static String conditions(String drl, RuleDescr rule) {
        int start = Math.max(0, rule.getStartCharacter());
        Matcher when = Pattern.compile("\\bwhen\\b").matcher(drl);
        Matcher then = Pattern.compile("\\bthen\\b").matcher(drl);
        if (!when.find(start) || !then.find(when.end())) {
            return "";
        }
        return drl.substring(when.end(), then.start()).strip().replaceAll("\\n\\s*", "\n");
    }

    private static Set<Nutrient> nutrients(String conditions) {
        Set<Nutrient> nutrients = EnumSet.noneOf(Nutrient.class);
        Matcher m = NUTRIENT.matcher(conditions);
        while (m.find()) {
            try {
                nutrients.add(Nutrient.valueOf(m.group(1)));
            } catch (IllegalArgumentException e) {
                // Not a nutrient constant: the compiler reports it.
            }
        }
        return nutrients;
    }
}
