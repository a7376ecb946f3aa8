package org.osteorisk.cli;

import java.nio.file.Path;

import org.osteorisk.engine.RuleSet;
import picocli.CommandLine.Option;

/** {@code --rules DIR}: a rule set folder instead of the bundled rules. */
final class RuleSetOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule set folder (DRL files, reference/, scenarios/, ruleset.properties) to use instead of "
                    + "the bundled rules.")
    Path folder;

    /** @throws org.osteorisk.engine.RuleSetException listing every problem when the folder does not load */
    RuleSet load() {
        return RuleSets.load(folder);
    }
}
