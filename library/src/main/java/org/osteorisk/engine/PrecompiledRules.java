package org.osteorisk.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The bundled rules as built into the jar ({@link ExecutableModelGenerator}): the rule base compiled to Drools'
 * executable model (generated classes), what each rule reports ({@link DefinitionsJson}), and an index naming the
 * model classes, the rule set's name, version and fingerprint, and its data files. Everything is read through the
 * class loader ({@code getResourceAsStream}), so the bundled rules load wherever the jar is: nested in a Spring Boot
 * fat jar (either loader), on a module path, in an app server.
 */
final class PrecompiledRules {

    /** Where the bundled rule set's files are, as class path resources. */
    static final String RULES = "osteorisk/rules";
    static final String FOLDER = "osteorisk/bundled";
    static final String INDEX = FOLDER + "/index.properties";

    /** What the index says. */
    record Index(String name, String version, String description, String fingerprint, List<String> models,
                 List<String> files) {

        Properties toProperties() {
            Properties p = new Properties();
            p.setProperty("name", name);
            p.setProperty("version", version);
            p.setProperty("description", description);
            p.setProperty("fingerprint", fingerprint);
            p.setProperty("models", String.join(",", models));
            p.setProperty("files", String.join(",", files));
            return p;
        }

        static Index of(Properties p) {
            return new Index(p.getProperty("name"), p.getProperty("version"), p.getProperty("description", ""),
                    p.getProperty("fingerprint"), list(p.getProperty("models")), list(p.getProperty("files")));
        }

        private static List<String> list(String text) {
            return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(String::trim)
                    .toList();
        }
    }

    private PrecompiledRules() {
    }

    /** The index of the bundled rules, or null when the jar was built without them (a build that skipped the step). */
    static Index index(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return Index.of(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
    }

    /** The rule base from the generated model classes. */
    static KieBase kieBase(Index index, ClassLoader loader) {
        List<Model> models = new ArrayList<>();
        for (String name : index.models()) {
            try {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("the executable model class " + name + " cannot be loaded", e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }
}
