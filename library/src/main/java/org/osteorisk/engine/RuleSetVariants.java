package org.osteorisk.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.kie.api.KieBase;

/**
 * Loads variants of one rule set folder: copies of it with small edits, such as the mutants of {@code rules mutate}.
 * Each variant is read and checked like any rule set folder, and a variant that does not load is refused with its
 * problems ({@link RuleSetException}).
 *
 * <p>Compiling DRL takes most of a load, so a variant whose rule conditions are the original's reuses the original's
 * compiled rule base: it differs only in reference data (intakes, thresholds) or in what its rules report (metadata),
 * and the rule base holds neither. For that, every rule base here reads thresholds through the {@code thresholds}
 * global instead of having their values inlined as literals, so the thresholds of each variant's own data apply.
 * A variant whose conditions differ is compiled on its own. Thread-safe.
 */
public final class RuleSetVariants {

    /** Rule metadata ({@code @explanation("...")}): left out of the comparison of conditions. */
    private static final Pattern METADATA = Pattern.compile("@\\w+\\s*\\(\\s*\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\)");

    private final String display;
    private final RuleSet original;
    private final String originalConditions;
    private final KieBase originalBase;
    private final AtomicInteger compiled = new AtomicInteger();

    /**
     * Loads the original.
     *
     * @param display how problems name the folder, for the original and every variant (variants are usually
     *                temporary copies, but their problems are the original's files)
     * @throws RuleSetException when the original does not load
     */
    public RuleSetVariants(Path folder, String display) {
        this.display = display;
        AtomicReference<String> conditions = new AtomicReference<>();
        AtomicReference<KieBase> base = new AtomicReference<>();
        this.original = RuleSetLoader.load(folder, display, (sources, packages, fingerprint, problems) -> {
            conditions.set(conditions(sources, packages));
            base.set(RuleSetLoader.DRL.compile(sources, packages, fingerprint, problems));
            return base.get();
        }, false);
        this.originalConditions = conditions.get();
        this.originalBase = base.get();
    }

    /** The original rule set, as loaded here (thresholds read through the global). */
    public RuleSet original() {
        return original;
    }

    /**
     * Loads a variant: a folder laid out like the original.
     *
     * @throws RuleSetException with every problem of the variant, named as the original's files
     */
    public RuleSet load(Path variant) {
        return RuleSetLoader.load(variant, display, (sources, packages, fingerprint, problems) -> {
            if (conditions(sources, packages).equals(originalConditions)) {
                return originalBase;
            }
            compiled.incrementAndGet();
            return RuleSetLoader.DRL.compile(sources, packages, fingerprint, problems);
        }, false);
    }

    /** How many variants loaded so far had conditions of their own, and so were compiled. */
    public int compiledVariants() {
        return compiled.get();
    }

    /** What decides the compiled rule base: each file's name, package and DRL without its rules' metadata. */
    private static String conditions(List<RuleSource> sources, Map<RuleSource, String> packages) {
        StringBuilder key = new StringBuilder();
        for (RuleSource source : sources) {
            key.append(source.fileName()).append('\0').append(packages.get(source)).append('\0')
                    .append(METADATA.matcher(source.drl()).replaceAll("@_")).append('\0');
        }
        return key.toString();
    }
}
