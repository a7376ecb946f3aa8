package org.osteorisk.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.osteorisk.model.Evidence;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Severity;
import org.osteorisk.reference.ProblemList;
import org.osteorisk.reference.Thresholds;

/**
 * Reads each rule's finding metadata and checks it: every rule declares what it reports, in allowed values,
 * with explanations that only quote variables that exist.
 */
final class RuleMetadata {

    /** The metadata every rule must declare. */
    static final List<String> REQUIRED =
            List.of("code", "severity", "evidence", "sources", "domain", "title", "explanation", "recommendation");

    /** Every metadata name a rule may carry: {@link RuleFileChecks} refuses any other. */
    static final List<String> ALLOWED = List.of("code", "severity", "evidence", "domain", "sources", "title", "when",
            "explanation", "recommendation", "exclusive", "advice", "cautiousRecommendation", "cautiousAdvice");

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern NUTRIENT = Pattern.compile("Nutrient\\s*\\.\\s*([A-Z0-9_]+)");

    private RuleMetadata() {
    }

    static List<FindingDefinition> read(RuleSource source, PackageDescr pkg, Thresholds thresholds,
                                        ProblemList problems) {
        List<FindingDefinition> definitions = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            int line = source.lineInFile().applyAsInt(rule.getLine());
            Reporter report = message -> problems.add(source.displayName(), line, source.generated() ? 0 : 1,
                    "rule \"" + rule.getName() + "\": " + message);
            FindingDefinition definition = definition(source, rule, line, thresholds, report);
            if (definition != null) {
                definitions.add(definition);
            }
        }
        return definitions;
    }

    private interface Reporter {
        void problem(String message);
    }

    private static FindingDefinition definition(RuleSource source, RuleDescr rule, int line, Thresholds thresholds,
                                                Reporter report) {
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            if (value(rule, name) == null) {
                missing.add("@" + name);
            }
        }
        if (!missing.isEmpty()) {
            report.problem("missing " + String.join(", ", missing) + "; every rule declares "
                    + String.join(", ", REQUIRED.stream().map(n -> "@" + n).toList()));
            return null;
        }
        String code = value(rule, "code");
        boolean ok = true;
        if (!CODE.matcher(code).matches()) {
            report.problem("@code(" + code + ") must be upper case letters, digits and _ (e.g. CALCIUM_BELOW_RDA)");
            ok = false;
        }
        Severity severity = parse(() -> Severity.parse(value(rule, "severity")), "@severity", report);
        Evidence evidence = parse(() -> Evidence.parse(value(rule, "evidence")), "@evidence", report);
        Template explanation = template(rule, "explanation", thresholds, report);
        Template recommendation = template(rule, "recommendation", thresholds, report);
        String exclusive = value(rule, "exclusive");
        if (exclusive != null && !exclusive.equals("true") && !exclusive.equals("false")) {
            report.problem("@exclusive must be true or false");
            ok = false;
        }
        if (!ok || severity == null || evidence == null || explanation == null || recommendation == null) {
            return null;
        }
        String conditions = conditions(source.drl(), rule);
        List<String> sources = Arrays.stream(value(rule, "sources").split(";")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        return new FindingDefinition(code, severity, evidence, value(rule, "domain"), value(rule, "title"),
                explanation, recommendation, sources, value(rule, "when"), "true".equals(exclusive), rule.getName(),
                source.displayName(), line, conditions, ThresholdCalls.namesIn(conditions), nutrients(conditions));
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String name, Reporter report) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            report.problem(name + ": " + e.getMessage());
            return null;
        }
    }

    private static Template template(RuleDescr rule, String name, Thresholds thresholds, Reporter report) {
        try {
            return Template.compile(value(rule, name), thresholds == null ? t -> true : thresholds::contains);
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
