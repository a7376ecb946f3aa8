package org.osteorisk.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.osteorisk.model.ProfileFact;

/**
 * What a rule file may name: the fact types (the records of {@code org.osteorisk.model} that implement
 * {@link ProfileFact}) with their fields, and the model's enums with their constants. Read from the compiled model
 * classes rather than listed here, so that a fact type or field added to the model is usable in rules at once.
 */
final class FactModel {

    /** The field that ties a fact to its profile ({@link ProfileFact#profileId()}). */
    static final String PROFILE_ID = "profileId";

    private static final String MODEL_PACKAGE = ProfileFact.class.getPackageName();
    private static volatile FactModel instance;

    private final Map<String, FactType> factTypes;
    private final Map<String, Set<String>> enums;

    private FactModel(Map<String, FactType> factTypes, Map<String, Set<String>> enums) {
        this.factTypes = Collections.unmodifiableMap(factTypes);
        this.enums = Collections.unmodifiableMap(enums);
    }

    /** A fact type as rules see it: its record fields and its yes/no shortcuts (such as {@code Person.female}). */
    record FactType(String name, List<String> fields, List<String> shortcuts) {

        boolean has(String property) {
            return fields.contains(property) || shortcuts.contains(property);
        }

        /** For messages: "its fields are: a, b, c (and the shortcuts x, y)". */
        String describe() {
            return "its fields are: " + String.join(", ", fields)
                    + (shortcuts.isEmpty() ? "" : " (and the yes/no shortcuts " + String.join(", ", shortcuts) + ")");
        }
    }

    static FactModel get() {
        FactModel model = instance;
        if (model == null) {
            synchronized (FactModel.class) {
                if (instance == null) {
                    instance = read(modelClasses());
                }
                model = instance;
            }
        }
        return model;
    }

    /** The fact type of a pattern, by simple or fully qualified name; null when it is not one. */
    FactType factType(String name) {
        if (name == null) {
            return null;
        }
        String simple = name.startsWith(MODEL_PACKAGE + ".") ? name.substring(MODEL_PACKAGE.length() + 1) : name;
        return factTypes.get(simple);
    }

    Set<String> factTypeNames() {
        return factTypes.keySet();
    }

    boolean isEnum(String simpleName) {
        return enums.containsKey(simpleName);
    }

    Set<String> enumConstants(String simpleName) {
        return enums.getOrDefault(simpleName, Set.of());
    }

    /** True for a type an import may name: a fact type or an enum of the model. */
    boolean isModelType(String simpleName) {
        return factTypes.containsKey(simpleName) || enums.containsKey(simpleName);
    }

    static FactModel read(List<Class<?>> classes) {
        Map<String, FactType> facts = new TreeMap<>();
        Map<String, Set<String>> enums = new TreeMap<>();
        for (Class<?> type : classes) {
            if (!Modifier.isPublic(type.getModifiers()) || type.getEnclosingClass() != null) {
                continue;
            }
            if (type.isRecord() && ProfileFact.class.isAssignableFrom(type)) {
                facts.put(type.getSimpleName(), factType(type));
            } else if (type.isEnum()) {
                Set<String> constants = new LinkedHashSet<>();
                for (Object constant : type.getEnumConstants()) {
                    constants.add(((Enum<?>) constant).name());
                }
                enums.put(type.getSimpleName(), constants);
            }
        }
        if (facts.isEmpty()) {
            throw new IllegalStateException("no fact types found in " + MODEL_PACKAGE);
        }
        return new FactModel(facts, enums);
    }

    private static FactType factType(Class<?> type) {
        List<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        List<String> shortcuts = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            // A public derived yes/no property such as Person.female(): Drools reads it like a field.
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && method.getParameterCount() == 0 && method.getReturnType() == boolean.class
                    && !fields.contains(method.getName()) && !method.isSynthetic()) {
                shortcuts.add(method.getName());
            }
        }
        shortcuts.sort(null);
        return new FactType(type.getSimpleName(), fields, List.copyOf(shortcuts));
    }

    /** The top-level classes of the model package, wherever the model is: a classes folder or a jar. */
    private static List<Class<?>> modelClasses() {
        URL self = ProfileFact.class.getResource(ProfileFact.class.getSimpleName() + ".class");
        if (self == null) {
            throw new IllegalStateException("cannot locate the classes of " + MODEL_PACKAGE);
        }
        List<String> names = new ArrayList<>();
        try {
            if ("jar".equals(self.getProtocol())) {
                String prefix = MODEL_PACKAGE.replace('.', '/') + "/";
                JarURLConnection connection = (JarURLConnection) self.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String entry = e.nextElement().getName();
                        if (entry.startsWith(prefix) && entry.indexOf('/', prefix.length()) < 0) {
                            names.add(entry.substring(prefix.length()));
                        }
                    }
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(self.toURI()).getParent())) {
                    files.map(f -> f.getFileName().toString()).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classes of " + MODEL_PACKAGE, e);
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot list the classes of " + MODEL_PACKAGE + " at " + self, e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
                String className = MODEL_PACKAGE + "." + name.substring(0, name.length() - ".class".length());
                try {
                    classes.add(Class.forName(className, false, ProfileFact.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load the model class " + className, e);
                }
            }
        }
        return classes;
    }
}
