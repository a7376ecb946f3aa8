package org.osteorisk.engine;

import java.io.IOException;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.osteorisk.model.RuleSetInfo;
import org.osteorisk.reference.PrecautionTable;
import org.osteorisk.reference.ProblemList;
import org.osteorisk.reference.ReferenceData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a rule set folder: manifest, reference data, DRL files and decision tables; checks everything Drools does
 * not (metadata, forbidden calls, joins, codes); compiles; and reports every problem with file, line and column.
 */
final class RuleSetLoader {

    static final String BUNDLED_RESOURCE = "osteorisk/rules";
    static final String MANIFEST = "ruleset.properties";
    static final String SCENARIOS = "scenarios";

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetLoader.class);
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
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

    /** The bundled rules: from the executable model generated at build time, else compiled from DRL. */
    static RuleSet loadBundled() {
        return load(bundledRoot(), "rules", (sources, packages, fingerprint, problems) -> {
            KieBase precompiled = PrecompiledRules.kieBase(fingerprint);
            return precompiled != null ? precompiled : DRL.compile(sources, packages, fingerprint, problems);
        });
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
        Properties manifest = manifest(root.resolve(MANIFEST), display + "/" + MANIFEST, problems);
        ReferenceData reference = ReferenceData.load(root.resolve(ReferenceData.FOLDER),
                display + "/" + ReferenceData.FOLDER, problems);
        List<RuleSource> sources = sources(root, display, problems);
        Map<RuleSource, String> packages = new LinkedHashMap<>();
        List<FindingDefinition> definitions = new ArrayList<>();
        for (RuleSource source : sources) {
            RuleFileChecks.check(source, reference.thresholds(), problems);
            PackageDescr descr = parse(source);
            packages.put(source, packageOf(source, descr));
            if (descr != null) {
                definitions.addAll(RuleMetadata.read(source, descr, reference, problems));
            }
        }
        checkRuleNames(definitions, problems);
        checkCodes(definitions, problems);
        PlanChecks.check(definitions, reference, display + "/" + ReferenceData.FOLDER + "/" + PrecautionTable.FILE, problems);
        Map<RuleSource, String> compiled = inlineThresholds ? withThresholdsInlined(packages, reference) : packages;
        String fingerprint = Fingerprint.of(root, SCENARIOS);
        // Compiled even when other checks failed, so one run reports every problem.
        KieBase base = sources.isEmpty() ? null
                : compiler.compile(List.copyOf(compiled.keySet()), compiled, fingerprint, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems.all());
        }
        RuleSetInfo info = new RuleSetInfo(manifest.getProperty("name"), manifest.getProperty("version"), fingerprint);
        LOG.info("Loaded rule set {}: {} rules from {} in {} ms", info, definitions.size(), display,
                (System.nanoTime() - started) / 1_000_000);
        return new RuleSet(info, manifest.getProperty("description", ""), root, display, base, reference, definitions);
    }

    /** Each source, with its thresholds replaced by their values, mapped to its package; in source order. */
    private static Map<RuleSource, String> withThresholdsInlined(Map<RuleSource, String> packages,
                                                                 ReferenceData reference) {
        Map<RuleSource, String> inlined = new LinkedHashMap<>();
        packages.forEach((source, pkg) -> inlined.put(
                source.withDrl(RuleFileChecks.inlineThresholds(source.drl(), reference.thresholds())), pkg));
        return inlined;
    }

    private static Properties manifest(Path file, String display, ProblemList problems) {
        Properties properties = new Properties();
        if (!Files.isRegularFile(file)) {
            problems.add(display, 0, 0, "missing: a rule set names itself in " + MANIFEST + " (name=..., version=...)");
            return properties;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(display, 0, 0, "not readable as properties: " + e.getMessage());
        }
        for (String key : List.of("name", "version")) {
            if (properties.getProperty(key, "").isBlank()) {
                problems.add(display, 0, 0, "missing " + key + "=...");
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
                        || relative.startsWith(SCENARIOS + "/")) {
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

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The parsed file, or null when it does not parse (the compiler then reports where). */
    private static PackageDescr parse(RuleSource source) {
        DrlParser parser = new DrlParser();
        try {
            PackageDescr descr = parser.parse(false, source.drl());
            return parser.hasErrors() ? null : descr;
        } catch (DroolsParserException | RuntimeException e) {
            return null;
        }
    }

    private static String packageOf(RuleSource source, PackageDescr descr) {
        if (descr != null && descr.getName() != null && !descr.getName().isBlank()) {
            return descr.getName();
        }
        Matcher m = PACKAGE.matcher(RuleFileChecks.codeOnly(source.drl()));
        return m.find() ? m.group(1) : "defaultpkg";
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
            throw new IllegalStateException("the bundled rule set is missing from the classpath ("
                    + BUNDLED_RESOURCE + ")");
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
