package org.osteorisk.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;

/**
 * Build step (run by Maven in {@code process-classes}): validates the bundled rule set exactly as a load does, then
 * compiles it to Drools' executable model and writes the generated classes next to the project's classes, with an
 * index naming the model classes and the fingerprint of the rule files they came from ({@link PrecompiledRules}).
 * Needs drools-model-codegen, a build-time dependency only.
 */
public final class ExecutableModelGenerator {

    private ExecutableModelGenerator() {
    }

    /** Arguments: the rule set folder, the classes output folder. Exits non-zero when the rule set is invalid. */
    public static void main(String[] args) throws IOException {
        Path rules = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        try {
            RuleSetLoader.load(rules, "rules", (sources, packages, fingerprint, problems) -> {
                KieBuilder builder = DroolsCompiler.build(sources, packages, problems, ExecutableModelProject.class);
                if (builder == null) {
                    return null;
                }
                try {
                    write((InternalKieModule) builder.getKieModule(), classes, fingerprint);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return KieServices.Factory.get().newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
            });
        } catch (RuleSetException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    private static void write(InternalKieModule module, Path classes, String fingerprint) throws IOException {
        String models = null;
        int written = 0;
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                Path target = classes.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
                written++;
            } else if (name.endsWith("/drools-model")) {
                models = new String(module.getBytes(name), StandardCharsets.UTF_8);
            }
        }
        if (models == null) {
            throw new IllegalStateException("Drools generated no model index");
        }
        Properties index = new Properties();
        index.setProperty("fingerprint", fingerprint);
        // The index lists the model classes, one per line, after a version line.
        index.setProperty("models", String.join(",", models.lines().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.contains(":")).toList()));
        Path file = classes.resolve(PrecompiledRules.INDEX);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            index.store(out, "Executable model of the bundled rules, generated at build time");
        }
        System.out.printf("osteorisk: executable model of the bundled rules: %d classes (fingerprint %s)%n",
                written, fingerprint);
    }
}
