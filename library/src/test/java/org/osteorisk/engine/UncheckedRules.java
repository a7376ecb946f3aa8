package org.osteorisk.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only: a rule set with one more rule compiled without the rule-file checks, as if it had slipped past them,
 * to test the run-time guards that stand behind the checks.
 */
final class UncheckedRules {

    private UncheckedRules() {
    }

    /** The rule set in {@code folder} (checked as usual) plus {@code drl}, compiled unchecked. */
    static RuleSet load(Path folder, String drl) {
        return RuleSetLoader.load(folder, folder.toString(), (sources, packages, fingerprint, problems) -> {
            RuleSource unchecked = RuleSource.drl("unchecked.drl", "unchecked.drl", drl);
            List<RuleSource> all = new ArrayList<>(sources);
            all.add(unchecked);
            Map<RuleSource, String> allPackages = new LinkedHashMap<>(packages);
            allPackages.put(unchecked, "org.osteorisk.rules");
            return DroolsCompiler.compile(all, allPackages, problems);
        });
    }
}
