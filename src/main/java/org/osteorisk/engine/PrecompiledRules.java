package org.osteorisk.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled rules compiled at build time to Drools' executable model ({@link ExecutableModelGenerator}): the rule
 * base is assembled from generated classes instead of compiling DRL, which takes a fraction of the time. Used only
 * when the generated model was built from exactly the rule files being loaded (same fingerprint).
 */
final class PrecompiledRules {

    static final String INDEX = "osteorisk/executable-model.properties";
    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);

    private PrecompiledRules() {
    }

    /** The rule base from the generated model, or null when there is none for this fingerprint. */
    static KieBase kieBase(String fingerprint) {
        ClassLoader loader = PrecompiledRules.class.getClassLoader();
        URL index = loader.getResource(INDEX);
        if (index == null) {
            LOG.debug("No executable model of the bundled rules; compiling them");
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = index.openStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
        if (!fingerprint.equals(properties.getProperty("fingerprint"))) {
            LOG.warn("The executable model was built from other rule files ({}, not {}); compiling the rules instead",
                    properties.getProperty("fingerprint"), fingerprint);
            return null;
        }
        List<Model> models = new ArrayList<>();
        for (String name : properties.getProperty("models", "").split(",")) {
            try {
                models.add((Model) Class.forName(name.trim(), true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("the executable model class " + name + " cannot be loaded", e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }
}
