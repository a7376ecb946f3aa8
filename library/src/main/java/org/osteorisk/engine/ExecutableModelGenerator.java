package org.osteorisk.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.osteorisk.reference.ReferenceData;

/**
 * Build step (run by Maven in {@code process-classes}): validates the bundled rule set exactly as a load does, then
 * writes what the runtime loads instead of the rule files ({@link PrecompiledRules}): the rule base compiled to
 * Drools' executable model (generated classes next to the project's classes), what each rule reports, and an index of
 * the model classes, the rule set's manifest and fingerprint, and its data files. Needs drools-model-codegen, a
 * build-time dependency only.
 */
public final class ExecutableModelGenerator {

    private ExecutableModelGenerator() {
    }

    /** Arguments: the rule set folder, the classes output folder. Exits non-zero when the rule set is invalid. */
    public static void main(String[] args) throws IOException {
        Path rules = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        List<String> models = new ArrayList<>();
        RuleSet ruleSet;
        try {
            ruleSet = RuleSetLoader.load(rules, "rules", (sources, packages, fingerprint, problems) -> {
                KieBuilder builder = DroolsCompiler.build(sources, packages, problems, ExecutableModelProject.class);
                if (builder == null) {
                    return null;
                }
                models.addAll(writeClasses((InternalKieModule) builder.getKieModule(), classes));
                return KieServices.Factory.get().newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
            });
        } catch (RuleSetException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Path folder = classes.resolve(PrecompiledRules.FOLDER);
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(folder.resolve(DefinitionsJson.RESOURCE))) {
            DefinitionsJson.write(ruleSet.definitions(), out);
        }
        PrecompiledRules.Index index = new PrecompiledRules.Index(ruleSet.info().name(), ruleSet.info().version(),
                ruleSet.description(), ruleSet.info().fingerprint(), models, dataFiles(rules));
        java.io.StringWriter text = new java.io.StringWriter();
        index.toProperties().store(text, "The bundled rules, built at build time (see PrecompiledRules)");
        // Without the date line Properties writes, the same rules always build the same bytes.
        Files.writeString(classes.resolve(PrecompiledRules.INDEX), text.toString().lines()
                .filter(line -> !line.startsWith("#") || line.contains("PrecompiledRules")).sorted()
                .collect(java.util.stream.Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        System.out.printf("osteorisk: bundled rules %s: %d rules, %d model classes%n", ruleSet.info(),
                ruleSet.definitions().size(), models.size());
    }

    /** Writes the generated classes; returns the model classes Drools' index names. */
    private static List<String> writeClasses(InternalKieModule module, Path classes) {
        String models = null;
        try {
            for (String name : module.getFileNames()) {
                if (name.endsWith(".class")) {
                    Path target = classes.resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.write(target, module.getBytes(name));
                } else if (name.endsWith("/drools-model")) {
                    models = new String(module.getBytes(name), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (models == null) {
            throw new IllegalStateException("Drools generated no model index");
        }
        // The index lists the model classes, one per line, after a version line.
        return models.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.contains(":")).toList();
    }

    /** The data files the runtime reads: reference/*.csv and messages/*.csv, as paths inside the rule set. */
    private static List<String> dataFiles(Path rules) throws IOException {
        List<String> files = new ArrayList<>();
        for (String folder : List.of(ReferenceData.FOLDER, MessageBundle.FOLDER)) {
            Path dir = rules.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.filter(Files::isRegularFile).map(f -> folder + "/" + f.getFileName()).sorted()
                            .forEach(files::add);
                }
            }
        }
        return files;
    }
}
