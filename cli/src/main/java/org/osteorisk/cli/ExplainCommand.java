package org.osteorisk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.osteorisk.authoring.RuleCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a finding code: what it means, when it fires, its current thresholds, sources and "
                + "evidence.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:explained", "1:unexpected failure", "2:unknown code or usage error"})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CODE", description = "A finding code, e.g. CALCIUM_BELOW_RDA.")
    String code;

    @Mixin
    RuleSetOption rules;

    @Override
    public Integer call() {
        RuleCatalog catalog = new RuleCatalog(rules.load());
        PrintWriter out = spec.commandLine().getOut();
        if (catalog.explain(code, out)) {
            out.flush();
            return ExitCodes.OK;
        }
        spec.commandLine().getErr().println("osteorisk: unknown code " + code + "; did you mean "
                + catalog.closest(code) + "? (osteorisk rules list shows every code)");
        return ExitCodes.USAGE;
    }
}
