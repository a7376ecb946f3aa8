package org.osteorisk.engine;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.osteorisk.engine.RuleFileProblems.RuleProblems;
import org.osteorisk.reference.ProblemList;
import org.osteorisk.reference.Thresholds;

/**
 * What a rule file may contain: an allowlist, checked on Drools' own reading of the file before anything of it is
 * compiled. Drools 10 has no sandbox (the SecurityManager is gone) and its compiler runs code from a rule file (a
 * rule's metadata is evaluated, an action is Java), so a list of forbidden names could never be complete; instead
 * a rule file may hold exactly what rules need:
 *
 * <ul>
 *   <li>a {@code package}, imports of the fact model ({@code org.osteorisk.model.*} or one of its types), and the
 *       globals {@code findings} and {@code thresholds}; no functions, declarations, queries, units, attributes;</li>
 *   <li>rules, each with metadata from {@link RuleMetadata#ALLOWED}, every value one text in double quotes;</li>
 *   <li>conditions on the model's facts ({@link ConditionChecks}), joined on the profile id;</li>
 *   <li>an action that only reports the finding ({@link ActionChecks}).</li>
 * </ul>
 *
 * A file that breaks any of this is reported, every problem at its line, and never handed to the Drools compiler.
 */
final class RuleFileChecks {

    /** Far above any real rule file (the bundled ones are a few tens of kilobytes); keeps the parser's work bounded. */
    static final int MAX_CHARACTERS = 512 * 1024;
    /** The parser Drools' compiler uses: the {@code drools.lang.level} property, else Drools' default. */
    static final LanguageLevelOption LANGUAGE_LEVEL = languageLevel();

    private static final String MODEL = "org.osteorisk.model";
    /** The globals a rule file may declare, with their types. */
    private static final Set<String> ALLOWED_GLOBALS = Set.of(
            "org.osteorisk.engine.FindingCollector findings",
            "org.osteorisk.reference.Thresholds thresholds");
    private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
    private static final List<String> RESERVED_PACKAGES =
            List.of("java", "javax", "jdk", "sun", "com.sun", "org.drools", "org.kie", "org.mvel2", "org.osteorisk");
    private static final int MAX_ESCAPES_REPORTED = 5;
    private static final Pattern PARSER_LOCATION = Pattern.compile("[Ll]ine (\\d+):(\\d+)");

    private RuleFileChecks() {
    }

    /**
     * A checked file: Drools' reading of it (null when it could not be read) and whether it may be compiled.
     */
    record Checked(PackageDescr descr, boolean allowed) {
    }

    /**
     * @param thresholds the rule set's thresholds, or null when they did not load (names are then not checked)
     */
    static Checked check(RuleSource source, Thresholds thresholds, ProblemList problems) {
        RuleFileProblems file = new RuleFileProblems(source, problems);
        String drl = source.drl();
        if (drl.length() > MAX_CHARACTERS) {
            file.at(1, 0, "the file is larger than " + MAX_CHARACTERS / 1024 + " KB; split it into several files");
            return new Checked(null, false);
        }
        unicodeEscapes(file);
        PackageDescr descr = parse(file);
        if (descr == null) {
            return new Checked(null, false);
        }
        packageLevel(descr, file);
        FactModel model = FactModel.get();
        for (RuleDescr rule : descr.getRules()) {
            rule(rule, descr, model, thresholds, file);
        }
        return new Checked(descr, file.count() == 0);
    }

    /**
     * Java decodes {@code \}{@code u000a} into a line break before it reads anything else, so such an escape can
     * end a comment, or a text, where Drools' parser (and these checks) see none. No rule needs one.
     */
    private static void unicodeEscapes(RuleFileProblems file) {
        String drl = file.source().drl();
        int reported = 0;
        for (int i = drl.indexOf("\\u"); i >= 0 && reported < MAX_ESCAPES_REPORTED; i = drl.indexOf("\\u", i + 2)) {
            file.atOffset(i, "'\\u' is not allowed anywhere in a rule file: Java reads \\uXXXX as a character "
                    + "before anything else (\\u000a ends a comment early); write the character itself (the file is "
                    + "UTF-8)");
            reported++;
        }
    }

    /** Drools' reading of the file, or null (with its syntax errors reported) when it cannot be read. */
    private static PackageDescr parse(RuleFileProblems file) {
        DrlParser parser = new DrlParser(LANGUAGE_LEVEL);
        PackageDescr descr;
        try {
            descr = parser.parse(false, file.source().drl());
        } catch (DroolsParserException | RuntimeException e) {
            descr = null;
        } catch (StackOverflowError e) {
            file.at(1, 0, "Drools cannot read the file: it nests brackets too deeply");
            return null;
        }
        if (parser.hasErrors() || descr == null) {
            int before = file.count();
            for (DroolsError error : parser.getErrors()) {
                syntaxError(error, file);
            }
            if (file.count() == before) {
                file.at(1, 0, "Drools cannot read the file as DRL");
            }
            return null;
        }
        return descr;
    }

    /**
     * One of Drools' syntax errors at its line. When its parser fails inside (it then names the line in the message
     * only, with a Java stack trace), the message is cut to what helps the author.
     */
    private static void syntaxError(DroolsError error, RuleFileProblems file) {
        String message = error.getMessage() == null ? "" : error.getMessage();
        int line = error instanceof ParserError p ? p.getRow() : 0;
        int column = error instanceof ParserError p ? p.getCol() + 1 : 0;
        Matcher location = PARSER_LOCATION.matcher(message);
        if (line <= 0 && location.find()) {
            line = Integer.parseInt(location.group(1));
            column = Integer.parseInt(location.group(2)) + 1;
        }
        int crash = message.indexOf(". Exception: ");
        if (crash >= 0) {
            message = message.substring(0, crash) + " (Drools' parser gave up here: check the brackets and quotes)";
        }
        int lastLine = (int) file.source().drl().chars().filter(c -> c == '\n').count() + 1;
        message = DroolsCompiler.clean(message).replaceFirst("^Line \\d+:\\d+ ", "");
        file.at(line > 0 ? Math.min(line, lastLine) : lastLine, column, message);
    }

    private static void packageLevel(PackageDescr descr, RuleFileProblems file) {
        String name = descr.getName();
        if (name != null && !name.isEmpty()) {
            boolean reserved = RESERVED_PACKAGES.stream().anyMatch(r -> name.equals(r) || name.startsWith(r + "."))
                    && !(name.equals("org.osteorisk.rules") || name.startsWith("org.osteorisk.rules."));
            if (!PACKAGE.matcher(name).matches() || reserved) {
                file.at(descr, "package " + name + " is not allowed: use lower-case words separated by dots, such "
                        + "as org.osteorisk.rules, outside java, javax, jdk, sun, org.drools, org.kie and org.osteorisk");
            }
        }
        FactModel model = FactModel.get();
        for (ImportDescr imported : descr.getImports()) {
            String target = imported.getTarget();
            boolean model1 = target.startsWith(MODEL + ".") && model.isModelType(target.substring(MODEL.length() + 1));
            if (!target.equals(MODEL + ".*") && !model1) {
                file.at(imported, "import not allowed: " + target + "; rule files may import " + MODEL
                        + ".* (or one of its types) only");
            }
        }
        descr.getFunctionImports().forEach(i -> file.at(i, "import not allowed: " + i.getTarget()
                + "; 'import function' and 'import static' are not allowed in a rule file"));
        descr.getAccumulateImports().forEach(i -> file.at(i, "'import accumulate' is not allowed in a rule file"));
        for (GlobalDescr global : descr.getGlobals()) {
            if (!ALLOWED_GLOBALS.contains(global.getType() + " " + global.getIdentifier())) {
                file.at(global, "global not allowed: " + global.getIdentifier() + "; the globals are "
                        + String.join(" and ", ALLOWED_GLOBALS.stream().sorted().toList()));
            }
        }
        descr.getFunctions().forEach(f -> file.at(f, "function " + f.getName() + " is not allowed: a rule file holds "
                + "rules only"));
        descr.getTypeDeclarations().forEach(t -> file.at(t, "'declare' is not allowed: rules use the fact model's "
                + "types"));
        descr.getEnumDeclarations().forEach(t -> file.at(t, "'declare enum' is not allowed: rules use the fact "
                + "model's types"));
        descr.getEntryPointDeclarations().forEach(e -> file.at(e, "entry points are not allowed in a rule file"));
        descr.getWindowDeclarations().forEach(w -> file.at(w, "windows are not allowed in a rule file"));
        descr.getAttributes().forEach(a -> file.at(a, attributeRefused(a)));
        if (descr.getUnit() != null) {
            file.at(descr.getUnit(), "rule units are not allowed in a rule file");
        }
    }

    private static String attributeRefused(AttributeDescr attribute) {
        return "'" + attribute.getName() + "' is not allowed: rules have no attributes (salience, no-loop, "
                + "agenda-group, timer, enabled, dialect, dates, ...); each rule is one finding, reported once";
    }

    private static void rule(RuleDescr rule, PackageDescr pkg, FactModel model, Thresholds thresholds,
                             RuleFileProblems file) {
        String name = rule.getName() == null ? "" : rule.getName();
        RuleProblems problems = file.inRule(name, rule);
        if (rule.isQuery()) {
            problems.add("queries are not allowed in a rule file");
            return;
        }
        if (name.chars().anyMatch(c -> c == '\\' || c == '"' || Character.isISOControl(c)) || name.isBlank()) {
            problems.add("a rule name is words, digits and punctuation, without quotes or backslashes");
        }
        if (rule.hasErrors()) {
            rule.getErrors().forEach(problems::add);
        }
        if (rule.getParentName() != null) {
            problems.add("'extends' is not allowed: write each rule's conditions in full");
        }
        if (rule.getUnit() != null) {
            problems.add("rule units are not allowed in a rule file");
        }
        // A package-level attribute is copied into every rule: it is reported once, at the package.
        Set<AttributeDescr> packageAttributes = Collections.newSetFromMap(new IdentityHashMap<>());
        packageAttributes.addAll(pkg.getAttributes());
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            if (!packageAttributes.contains(attribute)) {
                problems.at(attribute, attributeRefused(attribute));
            }
        }
        metadata(rule, file, problems);
        List<String> reportable = rule.getLhs() == null ? List.of()
                : ConditionChecks.check(rule.getLhs(), model, thresholds, LANGUAGE_LEVEL, problems);
        if (!rule.getNamedConsequences().isEmpty()) {
            problems.add("named consequences (then[name]) are not allowed: a rule has one action");
        }
        action(rule, reportable, file, problems);
    }

    /** Every annotation is a known metadata name with one literal text: Drools evaluates the values as code. */
    private static void metadata(RuleDescr rule, RuleFileProblems file, RuleProblems problems) {
        Set<String> seen = new HashSet<>();
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            String name = annotation.getName();
            int offset = annotationOffset(rule, name, file.source().drl());
            Map<String, Object> values = annotation.getValueMap();
            String problem = null;
            if (!RuleMetadata.ALLOWED.contains(name)) {
                problem = "@" + name + " is not a metadata name; the names are "
                        + String.join(", ", RuleMetadata.ALLOWED.stream().map(n -> "@" + n).toList());
            } else if (!seen.add(name) || annotation.isDuplicated()) {
                problem = "@" + name + " is given more than once";
            } else if (values.size() != 1 || !values.containsKey(AnnotationDescr.VALUE)
                    || !(values.get(AnnotationDescr.VALUE) instanceof String value) || !StringLiterals.isOne(value)) {
                Object value = values.size() == 1 ? values.values().iterator().next() : values;
                problem = "@" + name + " must be one text in double quotes, such as @" + name + "(\"...\")"
                        + (values.isEmpty() ? "" : "; found: " + ActionChecks.snippet(String.valueOf(value), 0));
            }
            if (problem != null) {
                if (offset >= 0) {
                    problems.atOffset(offset, problem);
                } else {
                    problems.add(problem);
                }
            }
        }
    }

    /** Where {@code @name} is written in the rule (Drools' parser does not keep it); -1 when not found. */
    private static int annotationOffset(RuleDescr rule, String name, String drl) {
        int from = Math.max(0, rule.getStartCharacter());
        int to = rule.getEndCharacter() > from ? Math.min(rule.getEndCharacter() + 1, drl.length()) : drl.length();
        Pattern at = Pattern.compile("@" + Pattern.quote(name) + "\\b");
        Matcher m = at.matcher(drl).region(from, to);
        return m.find() ? m.start() : -1;
    }

    private static void action(RuleDescr rule, List<String> reportable, RuleFileProblems file,
                               RuleProblems problems) {
        if (!(rule.getConsequence() instanceof String action)) {
            problems.add("the action must be " + ActionChecks.SHAPE);
            return;
        }
        int start = actionOffset(rule, action, file.source().drl());
        ActionChecks.check(action, reportable, (offset, message) -> {
            if (start >= 0) {
                problems.atOffset(start + offset, message);
            } else {
                problems.at(rule.getConsequenceLine(), 0, message);
            }
        });
    }

    /** Where the action's text starts in the file (Drools keeps only its line); -1 when not found. */
    private static int actionOffset(RuleDescr rule, String action, String drl) {
        int line = rule.getConsequenceLine();
        int from = Math.max(0, rule.getStartCharacter());
        for (int i = 1, offset = 0; line > 0 && offset >= 0; i++) {
            if (i == line) {
                from = Math.max(from, offset);
                break;
            }
            offset = drl.indexOf('\n', offset) + 1;
            if (offset == 0) {
                break;
            }
        }
        return action.isEmpty() ? -1 : drl.indexOf(action, from);
    }

    private static LanguageLevelOption languageLevel() {
        String configured = System.getProperty(LanguageLevelOption.PROPERTY_NAME);
        if (configured != null) {
            try {
                return LanguageLevelOption.valueOf(configured.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // Drools ignores an invalid value too, and keeps its default.
            }
        }
        return DrlParser.DEFAULT_LANGUAGE_LEVEL;
    }
}
