package org.osteorisk.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.drools.drl.ast.descr.PackageDescr;
import org.kie.api.KieBase;
import org.osteorisk.model.RuleSetInfo;
import org.osteorisk.reference.PrecautionTable;
import org.osteorisk.reference.ProblemList;
import org.osteorisk.reference.ReferenceData;
import org.osteorisk.reference.RuleFile;
import org.osteorisk.reference.RuleSetFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a rule set folder: manifest, reference data, DRL files and decision tables; checks every rule file against
 * what a rule may do ({@link RuleFileChecks}) before any of it is compiled, and everything Drools does not check
 * (metadata, joins, codes); compiles the files that pass; and reports every problem with file, line and column.
 */
final class RuleSetLoader {

    /** The bundled rule set's own files (DRL, decision tables, example cases), shipped by osteorisk-authoring. */
    static final String BUNDLED_RESOURCE = "osteorisk/rules-source";
    static final String MANIFEST = "ruleset.properties";
    static final String SCENARIOS = "scenarios";
    /** How messages name the bundled rule set's folder. */
    static final String BUNDLED_DISPLAY = "rules";

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetLoader.class);
    /** Files that look like rules but would not be loaded under their name: reported, never silently ignored. */
    private static final Set<String> RULE_LIKE = Set.of("csv", "xls", "xlsx", "drt", "dsl", "dslr", "rdrl", "gdst");

    private RuleSetLoader() {
    }

    /** Turns the checked rule sources into a rule base; null (with problems added) when they do not compile. */
    @FunctionalInterface
    interface KieBaseCompiler {
        KieBase compile(List<RuleSource> sources, Map<RuleSource, String> packages, String fingerprint,
                        ProblemList problems);
    }

    /** Compiles DRL at load time. */
    static final KieBaseCompiler DRL = (sources, packages, fingerprint, problems) ->
            DroolsCompiler.compile(sources, packages, problems);

    /**
     * The bundled rules as built into the jar ({@link PrecompiledRules}), read through the class loader: no rule file
     * is parsed or compiled (they were checked at build time), and no file system is opened on a jar. Without the
     * built index (classes compiled outside Maven), the rule files themselves are loaded.
     */
    static RuleSet loadBundled() {
        ClassLoader loader = RuleSetLoader.class.getClassLoader();
        PrecompiledRules.Index index = PrecompiledRules.index(loader);
        if (index == null) {
            LOG.warn("No prebuilt bundled rules in the class path ({}); loading the rule files", PrecompiledRules.INDEX);
            return loadBundledSource();
        }
        long started = System.nanoTime();
        ProblemList problems = new ProblemList();
        RuleSetFiles files = RuleSetFiles.classPath(loader, PrecompiledRules.RULES, BUNDLED_DISPLAY, index.files());
        ReferenceData reference = ReferenceData.load(files, problems);
        List<FindingDefinition> definitions;
        String definitionsFile = PrecompiledRules.FOLDER + "/" + DefinitionsJson.RESOURCE;
        try (InputStream in = loader.getResourceAsStream(definitionsFile)) {
            if (in == null) {
                throw new IllegalStateException("the bundled rules are incomplete: " + definitionsFile + " is missing");
            }
            definitions = DefinitionsJson.read(in, definitionsFile, reference, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + definitionsFile, e);
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems.all());
        }
        RuleSetInfo info = new RuleSetInfo(index.name(), index.version(), index.fingerprint());
        RuleSet ruleSet = assemble(info, index.description(), null, BUNDLED_DISPLAY,
                PrecompiledRules.kieBase(index, loader), reference, definitions, files, problems, started);
        LOG.info("Loaded rule set {}: {} rules, bundled, in {} ms", info, definitions.size(),
                ruleSet.loadTime().toMillis());
        return ruleSet;
    }

    /**
     * The bundled rule set from its rule files, with every check a folder gets, for the authoring tools (validate,
     * test, mutate): the files are read from the jar or classes folder the library is in.
     */
    static RuleSet loadBundledSource() {
        return load(bundledRoot(), BUNDLED_DISPLAY, DRL);
    }

    static RuleSet load(Path folder) {
        return load(folder, folder.toString(), DRL);
    }

    static RuleSet load(Path root, String display, KieBaseCompiler compiler) {
        return load(root, display, compiler, true);
    }

    /**
     * @param inlineThresholds false to leave {@code thresholds.value("name")} in the compiled rules, so that the
     *                         rule base reads the thresholds of whichever reference data its session is given
     *                         ({@link RuleSetVariants} shares one rule base among variants with other values)
     */
    static RuleSet load(Path root, String display, KieBaseCompiler compiler, boolean inlineThresholds) {
        long started = System.nanoTime();
        ProblemList problems = new ProblemList();
        if (!Files.isDirectory(root)) {
            problems.add(display, 0, 0, "not a folder: a rule set is a folder of DRL files with reference/ and "
                    + MANIFEST);
            throw new RuleSetException(problems.all());
        }
        String missing = RuleCompilerSupport.missing();
        if (missing != null) {
            problems.add(display, 0, 0, missing);
            throw new RuleSetException(problems.all());
        }
        RuleSetFiles files = RuleSetFiles.folder(root, display);
        Properties manifest = manifest(files.file(MANIFEST), problems);
        ReferenceData reference = ReferenceData.load(files, problems);
        List<RuleSource> sources = sources(root, display, problems);
        // Every file is checked against the allowlist before anything is compiled: Drools' compiler runs code from
        // a rule file (metadata values, actions), so a refused file never reaches it.
        Map<RuleSource, String> compilable = new LinkedHashMap<>();
        List<FindingDefinition> definitions = new ArrayList<>();
        for (RuleSource source : sources) {
            RuleFileChecks.Checked checked = RuleFileChecks.check(source, reference.thresholds(), problems);
            if (checked.descr() != null) {
                definitions.addAll(RuleMetadata.read(source, checked.descr(), reference, problems));
            }
            if (checked.allowed()) {
                String drl = inlineThresholds
                        ? ThresholdCalls.inline(source.drl(), checked.descr(), reference.thresholds()) : source.drl();
                compilable.put(source.withDrl(drl), packageOf(checked.descr()));
            }
        }
        checkRuleNames(definitions, problems);
        checkCodes(definitions, problems);
        PlanChecks.check(definitions, reference, display + "/" + ReferenceData.FOLDER + "/" + PrecautionTable.FILE,
                problems);
        String fingerprint = Fingerprint.of(root, SCENARIOS);
        // The allowed files are compiled even when other checks failed, so one run reports every problem.
        KieBase base = compilable.isEmpty() ? null
                : compiler.compile(List.copyOf(compilable.keySet()), compilable, fingerprint, problems);
        RuleSetInfo info = new RuleSetInfo(manifest.getProperty("name"), manifest.getProperty("version"), fingerprint);
        RuleSet ruleSet = assemble(info, manifest.getProperty("description", ""), root, display, base, reference,
                definitions, files, problems, started);
        LOG.info("Loaded rule set {}: {} rules from {} in {} ms", info, definitions.size(), display,
                ruleSet.loadTime().toMillis());
        return ruleSet;
    }

    /**
     * The rule set from its checked parts: message keys set, the texts' catalogue, the languages of
     * {@code messages/}.
     *
     * @throws RuleSetException with every problem found so far and in the message bundles
     */
    private static RuleSet assemble(RuleSetInfo info, String description, Path root, String display, KieBase base,
                                    ReferenceData reference, List<FindingDefinition> checked, RuleSetFiles files,
                                    ProblemList problems, long started) {
        List<FindingDefinition> definitions = MessageCatalog.withKeys(checked);
        MessageCatalog catalog = MessageCatalog.of(definitions);
        Wording english = Wording.english(reference.precautions());
        Map<Locale, Messages> bundles = bundles(files, catalog, english, reference, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems.all());
        }
        return new RuleSet(info, description, root, display, base, reference, definitions, catalog, english,
                bundles, Duration.ofNanos(System.nanoTime() - started));
    }

    private static Properties manifest(RuleFile file, ProblemList problems) {
        Properties properties = new Properties();
        try (Reader reader = file.open()) {
            if (reader == null) {
                problems.add(file.displayName(), 0, 0, "missing: a rule set names itself in " + MANIFEST
                        + " (name=..., version=...)");
                return properties;
            }
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(file.displayName(), 0, 0, "not readable as properties: " + e.getMessage());
        }
        for (String key : List.of("name", "version")) {
            if (properties.getProperty(key, "").isBlank()) {
                problems.add(file.displayName(), 0, 0, "missing " + key + "=...");
            }
        }
        return properties;
    }

    private static List<RuleSource> sources(Path root, String display, ProblemList problems) {
        List<RuleSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String name = file.getFileName().toString();
                String shown = display + "/" + relative;
                boolean top = file.getParent().equals(root);
                if (name.startsWith(".") || relative.startsWith(ReferenceData.FOLDER + "/")
                        || relative.startsWith(SCENARIOS + "/") || relative.startsWith(MessageBundle.FOLDER + "/")) {
                    continue;
                }
                boolean drl = name.endsWith(".drl");
                boolean table = DecisionTables.isDecisionTable(name);
                if ((drl || table || RULE_LIKE.contains(extension(name))) && !top) {
                    problems.add(shown, 0, 0, "not loaded: rule files are read from the rule set's top folder only");
                } else if (drl) {
                    sources.add(RuleSource.drl(shown, name, Files.readString(file, StandardCharsets.UTF_8)));
                } else if (table) {
                    RuleSource source = DecisionTables.compile(file, shown, problems);
                    if (source != null) {
                        sources.add(source);
                    }
                } else if (RULE_LIKE.contains(extension(name))) {
                    problems.add(shown, 0, 0, "not loaded: a decision table must be named *.drl.csv or *.drl.xlsx"
                            + " (Drools ignores other names); a DRL file must end in .drl");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule set " + display, e);
        }
        if (sources.isEmpty() && problems.isEmpty()) {
            problems.add(display, 0, 0, "no rule files: expected *.drl files or *.drl.csv / *.drl.xlsx decision tables");
        }
        return sources;
    }

    /** The message bundles of {@code messages/}: one CSV file per language, named by its tag ({@code es.csv}). */
    private static Map<Locale, Messages> bundles(RuleSetFiles files, MessageCatalog catalog, Wording english,
                                                 ReferenceData reference, ProblemList problems) {
        Map<Locale, Messages> bundles = new LinkedHashMap<>();
        if (!problems.isEmpty()) {
            // With problems already, the catalogue may be incomplete: checking translations against it would
            // report mistakes that are not there.
            return bundles;
        }
        for (String name : files.list(MessageBundle.FOLDER)) {
            if (name.startsWith(".")) {
                continue;
            }
            RuleFile file = files.file(MessageBundle.FOLDER + "/" + name);
            Locale locale = MessageBundle.localeOf(name);
            if (locale == null) {
                problems.add(file.displayName(), 0, 0, "not loaded: a message bundle is named by its language tag, "
                        + "as es.csv or pt-BR.csv");
                continue;
            }
            try (Reader reader = file.open()) {
                bundles.put(locale, MessageBundle.read(reader, file.displayName(), locale, catalog, english, reference,
                        problems));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.displayName(), e);
            }
        }
        return bundles;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String packageOf(PackageDescr descr) {
        return descr.getName() == null || descr.getName().isBlank() ? "defaultpkg" : descr.getName();
    }

    private static void checkRuleNames(List<FindingDefinition> definitions, ProblemList problems) {
        Map<String, FindingDefinition> seen = new HashMap<>();
        for (FindingDefinition d : definitions) {
            FindingDefinition earlier = seen.putIfAbsent(d.rule(), d);
            if (earlier != null) {
                problems.add(d.file(), d.line(), 1, "rule \"" + d.rule() + "\" is already defined at "
                        + earlier.file() + ":" + earlier.line() + "; rule names must be unique in a rule set");
            }
        }
    }

    /** One code, one meaning: rules sharing a code (one per severity, say) agree on everything but severity. */
    private static void checkCodes(List<FindingDefinition> definitions, ProblemList problems) {
        Map<String, FindingDefinition> first = new HashMap<>();
        for (FindingDefinition d : definitions) {
            FindingDefinition e = first.putIfAbsent(d.code(), d);
            if (e == null) {
                continue;
            }
            List<String> differences = new ArrayList<>();
            compare("@title", e.title(), d.title(), differences);
            compare("@domain", e.domain(), d.domain(), differences);
            compare("@evidence", e.evidence(), d.evidence(), differences);
            compare("@sources", e.sources(), d.sources(), differences);
            compare("@exclusive", e.exclusive(), d.exclusive(), differences);
            if (!differences.isEmpty()) {
                problems.add(d.file(), d.line(), 1, "rule \"" + d.rule() + "\" reuses code " + d.code() + " of rule \""
                        + e.rule() + "\" (" + e.file() + ":" + e.line() + ") with a different meaning ("
                        + String.join(", ", differences) + "); a new meaning needs a new code");
            }
        }
    }

    private static void compare(String name, Object a, Object b, List<String> differences) {
        if (!Objects.equals(a, b)) {
            differences.add(name);
        }
    }

    /** The bundled rules folder, inside the jar or, when running from classes, on disk. */
    static synchronized Path bundledRoot() {
        URL url = RuleSetLoader.class.getClassLoader().getResource(BUNDLED_RESOURCE + "/" + MANIFEST);
        if (url == null) {
            throw new IllegalStateException("the bundled rule set's rule files are not on the class path ("
                    + BUNDLED_RESOURCE + "): they ship in " + RuleCompilerSupport.AUTHORING_ARTIFACT);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return jar.getPath(BUNDLED_RESOURCE);
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the bundled rule set at " + url, e);
        }
    }
}
