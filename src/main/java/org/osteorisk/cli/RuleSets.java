package org.osteorisk.cli;

import java.nio.file.Path;

import org.osteorisk.engine.RuleSet;

/** Loads the rule set a command names: a folder, or the bundled rules when none is given. */
final class RuleSets {
    private RuleSets() {
    }

    static RuleSet load(Path folder) {
        return folder == null ? RuleSet.bundled() : RuleSet.load(folder);
    }
}
