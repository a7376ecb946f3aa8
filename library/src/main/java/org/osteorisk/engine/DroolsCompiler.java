package org.osteorisk.engine;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.osteorisk.reference.ProblemList;

/**
 * Compiles DRL with Drools (KieFileSystem + KieBuilder) and turns its messages into problems that name the user's
 * file and line, never a Drools stack trace.
 */
final class DroolsCompiler {

    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final Pattern UNKNOWN_FIELD =
            Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");

    private DroolsCompiler() {
    }

    /**
     * Compiles the sources into a rule base (classic DRL compilation, for a rule set loaded from a folder).
     *
     * @param packages the DRL package of each source, which decides where Drools expects the file
     * @return the KieBase, or null when there were errors (added to {@code problems})
     */
    static KieBase compile(List<RuleSource> sources, Map<RuleSource, String> packages, ProblemList problems) {
        KieServices services = KieServices.Factory.get();
        KieBuilder builder = build(sources, packages, problems, DrlProject.class);
        if (builder == null) {
            return null;
        }
        ReleaseId releaseId = builder.getKieModule().getReleaseId();
        KieContainer container = services.newKieContainer(releaseId);
        KieBase base = container.getKieBase();
        services.getRepository().removeKieModule(releaseId);
        return base;
    }

    /**
     * Builds the sources with Drools as a project of the given type (DRL, or the executable model at build time).
     *
     * @return the builder, or null when there were errors (added to {@code problems})
     */
    static KieBuilder build(List<RuleSource> sources, Map<RuleSource, String> packages, ProblemList problems,
                            Class<? extends KieBuilder.ProjectType> projectType) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        // A release id of its own per build, so rule sets loaded side by side (a hot swap) never replace each other.
        ReleaseId releaseId = services.newReleaseId("org.osteorisk.ruleset", "build-" + BUILDS.incrementAndGet(), "1.0.0");
        files.generateAndWritePomXML(releaseId);
        Map<String, RuleSource> byPath = new HashMap<>();
        for (RuleSource source : sources) {
            String path = packages.get(source).replace('.', '/') + "/" + source.fileName();
            byPath.put(path, source);
            files.write(RESOURCES + path, source.drl());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(projectType);
        boolean failed = false;
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            failed = true;
            if (message.getText().startsWith(NULL_PACKAGE)) {
                continue; // Drools' echo of a syntax error it has already reported with its line
            }
            RuleSource source = byPath.get(stripResources(message.getPath()));
            if (source == null) {
                problems.add("(rule set)", 0, 0, clean(message.getText()));
            } else {
                problems.add(source.displayName(), source.lineInFile().applyAsInt(Math.max(message.getLine(), 0)),
                        source.generated() ? 0 : Math.max(message.getColumn(), 0) + 1, clean(message.getText()));
            }
        }
        return failed ? null : builder;
    }

    private static String stripResources(String path) {
        if (path == null) {
            return "";
        }
        return path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
    }

    /** Drools' message on one line, without the MVEL caret drawings, and with a hint for an unknown field. */
    static String clean(String text) {
        Matcher unknown = UNKNOWN_FIELD.matcher(text);
        if (unknown.find()) {
            return unknownField(unknown.group(1), unknown.group(2));
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("[Near") && !l.startsWith("^") && !l.startsWith("[Line:"))
                .map(l -> l.replaceAll("^\\[Error: (.*)]$", "$1").replaceAll("^\\[ERR \\d+] Line \\d+:\\d+ ", ""))
                .collect(Collectors.joining(" "));
    }

    private static String unknownField(String className, String field) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        try {
            Class<?> type = Class.forName(className);
            if (type.isRecord()) {
                String fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                        .collect(Collectors.joining(", "));
                return simple + " has no field '" + field + "'; its fields are: " + fields;
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // Fall through to the plain message.
        }
        return simple + " has no field '" + field + "'";
    }
}
