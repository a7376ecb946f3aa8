package org.osteorisk.cli;

import java.nio.file.Path;

import org.osteorisk.engine.RuleSet;

/** Loads the rule set a command names: a folder, or the bundled rules when none is given. */
final class RuleSets {
    private RuleSets() {
    }

    /** The rule set to assess with: the bundled rules as built into the jar, or a folder. */
    static RuleSet load(Path folder) {
        return folder == null ? RuleSet.bundled() : RuleSet.load(folder);
    }

    /** The rule set to check, test or list: the bundled rule files with their example cases, or a folder. */
    static RuleSet loadSource(Path folder) {
        return folder == null ? RuleSet.bundledSource() : RuleSet.load(folder);
    }
}
