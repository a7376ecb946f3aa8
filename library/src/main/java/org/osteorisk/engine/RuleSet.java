package org.osteorisk.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieSession;
import org.osteorisk.model.Advice;
import org.osteorisk.model.CatalogueEntry.Kind;
import org.osteorisk.model.CatalogueEntry;
import org.osteorisk.model.RuleSetInfo;
import org.osteorisk.model.Severity;
import org.osteorisk.reference.ReferenceData;

/**
 * A loaded, validated rule set: the compiled rules, the reference data they read, and what each rule reports.
 * Immutable and thread-safe; build it once and share it (a Drools KieBase is costly to build and cannot be
 * serialised).
 */
@NullMarked
public final class RuleSet {

    private static volatile @Nullable RuleSet bundled;

    private final RuleSetInfo info;
    private final String description;
    private final @Nullable Path root;
    private final String displayRoot;
    private final KieBase kieBase;
    private final ReferenceData reference;
    private final Map<String, FindingDefinition> byRule;
    private final boolean hasFindingsGlobal;
    private final boolean hasThresholdsGlobal;
    private final MessageCatalog messageCatalog;
    private final Wording english;
    private final Messages englishMessages;
    private final Map<Locale, Messages> bundles;
    private final List<CatalogueEntry> catalogue;
    private final Duration loadTime;

    /**
     * @param definitions every rule's definition, with its message keys set
     * @param bundles     the languages the rule set's {@code messages/} folder translates it into
     */
    RuleSet(RuleSetInfo info, String description, @Nullable Path root, String displayRoot, KieBase kieBase,
            ReferenceData reference, List<FindingDefinition> definitions, MessageCatalog messageCatalog,
            Wording english, Map<Locale, Messages> bundles, Duration loadTime) {
        this.info = info;
        this.description = description;
        this.root = root;
        this.displayRoot = displayRoot;
        this.kieBase = kieBase;
        this.reference = reference;
        Map<String, FindingDefinition> map = new LinkedHashMap<>();
        definitions.forEach(d -> map.put(d.rule(), d));
        this.byRule = Collections.unmodifiableMap(map);
        Set<String> globals = new HashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            pkg.getGlobalVariables().forEach(g -> globals.add(g.getName()));
        }
        this.hasFindingsGlobal = globals.contains("findings");
        this.hasThresholdsGlobal = globals.contains("thresholds");
        this.messageCatalog = messageCatalog;
        this.english = english;
        this.englishMessages = Messages.english(messageCatalog, english, MessageBundle.wordKeys(reference));
        this.bundles = Map.copyOf(bundles);
        this.catalogue = catalogue(definitions, reference);
        this.loadTime = loadTime;
    }

    /**
     * The bundled rule set, from the top-level {@code rules/} folder packaged in the jar: built on first use, then
     * shared by every caller in the JVM (every {@code Assessor.create()}), as it is immutable.
     */
    public static RuleSet bundled() {
        RuleSet rules = bundled;
        if (rules == null) {
            synchronized (RuleSet.class) {
                rules = bundled;
                if (rules == null) {
                    rules = RuleSetLoader.loadBundled();
                    bundled = rules;
                }
            }
        }
        return rules;
    }

    /**
     * The bundled rule set loaded from its rule files, with every check a rule set folder gets and its example cases
     * ({@link #root()} is the folder inside the jar). For the authoring tools; apps use {@link #bundled()}.
     */
    public static RuleSet bundledSource() {
        return RuleSetLoader.loadBundledSource();
    }

    /**
     * A rule set folder: DRL files and decision tables, {@code reference/}, {@code scenarios/} and
     * {@code ruleset.properties}.
     *
     * @throws RuleSetException with every problem found, each with file, line and column
     */
    public static RuleSet load(Path folder) {
        return RuleSetLoader.load(folder);
    }

    public RuleSetInfo info() {
        return info;
    }

    /** How long loading took: reading, checking and compiling the rules (for reload metrics). */
    public Duration loadTime() {
        return loadTime;
    }

    public String description() {
        return description;
    }

    /** The folder the rule set was read from; null for the bundled rules, which are read through the class loader. */
    public @Nullable Path root() {
        return root;
    }

    /** How messages name the folder. */
    public String displayRoot() {
        return displayRoot;
    }

    public ReferenceData reference() {
        return reference;
    }

    /**
     * What the rule set can report: one entry per code, in alphabetical order of code. The API for apps; the
     * definitions and reference data below serve the authoring tools and may change between versions.
     */
    public List<CatalogueEntry> catalogue() {
        return catalogue;
    }

    /** The catalogue entry of a code, if the rule set reports it. */
    public Optional<CatalogueEntry> catalogueEntry(String code) {
        return catalogue.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    private static List<CatalogueEntry> catalogue(List<FindingDefinition> definitions, ReferenceData reference) {
        Map<String, List<FindingDefinition>> byCode = new TreeMap<>();
        definitions.forEach(d -> byCode.computeIfAbsent(d.code(), c -> new ArrayList<>()).add(d));
        List<CatalogueEntry> entries = new ArrayList<>(byCode.size());
        byCode.forEach((code, rules) -> {
            FindingDefinition first = rules.get(0);
            List<Severity> severities = rules.stream().map(FindingDefinition::severity).filter(Objects::nonNull)
                    .distinct().sorted().toList();
            Set<Advice> advice = new LinkedHashSet<>();
            rules.forEach(d -> {
                advice.addAll(d.possibleAdvice());
                advice.addAll(d.possibleCautiousAdvice());
            });
            entries.add(new CatalogueEntry(code, first.exclusive() ? Kind.SCOPE_NOTICE : Kind.FINDING, severities,
                    first.evidence(), first.domain(), first.title(), List.copyOf(advice), first.sources(),
                    reference.precautions().of(code) != null));
        });
        return List.copyOf(entries);
    }

    /** What each rule reports, by rule name, in file order. */
    public Map<String, FindingDefinition> definitionsByRule() {
        return byRule;
    }

    /** Every rule's definition, in file order. */
    public List<FindingDefinition> definitions() {
        return List.copyOf(byRule.values());
    }

    /** The definitions of the rules that emit a code; empty when no rule does. */
    public List<FindingDefinition> definitionsOf(String code) {
        return byRule.values().stream().filter(d -> d.code().equals(code)).toList();
    }

    /**
     * The rule set's texts in a language: its bundle for the exact language tag ({@code pt-BR}), else for the
     * language ({@code pt}), else English, the language its rules are written in.
     */
    public Messages messages(Locale locale) {
        Messages exact = bundles.get(locale);
        if (exact != null) {
            return exact;
        }
        Messages language = bundles.get(Locale.forLanguageTag(locale.getLanguage()));
        return language != null ? language : englishMessages;
    }

    /** The languages the rule set speaks: English, and each of its {@code messages/} bundles. */
    public Set<Locale> locales() {
        Set<Locale> locales = new LinkedHashSet<>();
        locales.add(Locale.ENGLISH);
        locales.addAll(bundles.keySet());
        return locales;
    }

    MessageCatalog messageCatalog() {
        return messageCatalog;
    }

    Wording english() {
        return english;
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** Sets the globals the rule files declare (a rule set need not declare both). */
    void setGlobals(KieSession session, FindingCollector collector) {
        if (hasFindingsGlobal) {
            session.setGlobal("findings", collector);
        }
        if (hasThresholdsGlobal) {
            session.setGlobal("thresholds", reference.thresholds());
        }
    }

    @Override
    public String toString() {
        return info.toString();
    }
}
