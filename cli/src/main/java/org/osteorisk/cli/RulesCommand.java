package org.osteorisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.osteorisk.authoring.RuleCatalog;
import org.osteorisk.authoring.ScenarioOutcome;
import org.osteorisk.authoring.Scenarios;
import org.osteorisk.authoring.mutation.MutationReport;
import org.osteorisk.authoring.mutation.MutationReportText;
import org.osteorisk.authoring.mutation.RuleMutations;
import org.osteorisk.engine.Messages;
import org.osteorisk.engine.RuleSet;
import org.osteorisk.engine.RuleSetException;
import org.osteorisk.model.RuleSetProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rules",
        description = "Check, test, mutation-test and list a rule set (the bundled rules when DIR is left out).",
        subcommands = {RulesCommand.Validate.class, RulesCommand.Test.class, RulesCommand.ListRules.class,
                RulesCommand.MessagesTemplate.class, RulesMutateCommand.class})
final class RulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Compile the rule set and check its data files, metadata and rule files.",
                    "Prints every problem as file:line:column: message."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the rule set is valid", "1:unexpected failure", "2:usage error",
                    "3:problems were found (all are listed)"})
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Rule set folder.")
        Path folder;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            String name = folder == null ? "the bundled rules" : folder.toString();
            RuleSet rules;
            try {
                rules = RuleSets.loadSource(folder);
            } catch (RuleSetException e) {
                return report(out, name, e.problems());
            }
            List<RuleSetProblem> caseProblems = Scenarios.problems(rules);
            if (!caseProblems.isEmpty()) {
                return report(out, name, caseProblems);
            }
            out.printf("%s: %s is valid: %d rules emitting %d codes, %d example cases%n", name, rules.info(),
                    rules.definitions().size(), new RuleCatalog(rules).codes().size(), Scenarios.of(rules).size());
            return ExitCodes.OK;
        }

        private static int report(PrintWriter out, String name, List<RuleSetProblem> problems) {
            problems.forEach(out::println);
            out.printf("%s: %d problem(s)%n", name, problems.size());
            return ExitCodes.INVALID;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Run the rule set's example cases (scenarios/*.csv): each profile must produce the codes",
                    "in its expect column and none of those in expect_not."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every case passed (and the mutation score is met, with --min-mutation-score)",
                    "1:unexpected failure", "2:usage error, or a rule set that does not load",
                    "3:some cases failed, or there are none, or the mutation score is below --min-mutation-score"})
    static final class Test implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Rule set folder.")
        Path folder;

        @Option(names = "--failures-only", description = "List failing cases only.")
        boolean failuresOnly;

        @Option(names = "--min-mutation-score", paramLabel = "PERCENT",
                description = {"When every case passes, also run mutation testing ('rules mutate') and fail when its",
                        "score is below PERCENT (0 to 100)."})
        Double minMutationScore;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            RuleSet rules = RuleSets.loadSource(folder);
            List<ScenarioOutcome> outcomes = Scenarios.runAll(rules);
            if (outcomes.isEmpty()) {
                out.println("no example cases: add CSV files to " + rules.displayRoot() + "/" + Scenarios.FOLDER);
                return ExitCodes.INVALID;
            }
            long failed = 0;
            for (ScenarioOutcome o : outcomes) {
                if (!o.passed()) {
                    failed++;
                    out.println("FAIL " + describe(o));
                } else if (!failuresOnly) {
                    out.println("PASS " + o.scenario().name() + " (" + o.scenario().file() + ":" + o.scenario().line() + ")");
                }
            }
            uncovered(rules, outcomes, out);
            out.printf("%d case(s): %d passed, %d failed%n", outcomes.size(), outcomes.size() - failed, failed);
            if (failed > 0) {
                return ExitCodes.INVALID;
            }
            if (minMutationScore != null) {
                MutationReport report = RuleMutations.run(rules, Runtime.getRuntime().availableProcessors());
                out.println();
                MutationReportText.write(report, minMutationScore, out);
                return report.meets(minMutationScore) ? ExitCodes.OK : ExitCodes.INVALID;
            }
            return ExitCodes.OK;
        }

        private static String describe(ScenarioOutcome o) {
            StringBuilder s = new StringBuilder(o.scenario().name()).append(" (").append(o.scenario().file())
                    .append(':').append(o.scenario().line()).append("): ");
            if (o.error() != null) {
                return s.append(o.error()).toString();
            }
            if (!o.missing().isEmpty()) {
                s.append("missing ").append(String.join(", ", o.missing())).append("; ");
            }
            if (!o.unexpected().isEmpty()) {
                s.append("unexpected ").append(String.join(", ", o.unexpected())).append("; ");
            }
            for (String mismatch : o.mismatches()) {
                s.append(mismatch).append("; ");
            }
            return s.append("produced ").append(o.produced().isEmpty() ? "nothing" : String.join(", ", o.produced()))
                    .toString();
        }

        /** Notes the codes no case fires, or no case shows silent: a rule without both is untested. */
        private static void uncovered(RuleSet rules, List<ScenarioOutcome> outcomes, PrintWriter out) {
            Set<String> fired = new TreeSet<>();
            Set<String> silent = new TreeSet<>();
            outcomes.forEach(o -> {
                fired.addAll(o.scenario().expect());
                silent.addAll(o.scenario().expectNot());
            });
            for (String code : new RuleCatalog(rules).codes()) {
                if (!fired.contains(code)) {
                    out.println("note: no case expects " + code);
                }
                if (!silent.contains(code)) {
                    out.println("note: no case shows " + code + " silent (expect_not)");
                }
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List every finding code with its severity, evidence, sources and the rules that emit it.")
    static final class ListRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Rule set folder.")
        Path folder;

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
                description = "text, csv or json (default: ${DEFAULT-VALUE}).")
        RuleCatalog.Format format;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            new RuleCatalog(RuleSets.loadSource(folder)).write(out, format);
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "messages", mixinStandardHelpOptions = true,
            description = {"Write a language's message bundle to fill in: every text of the rule set with its English",
                    "(CSV key,english,text), keeping the translations the rule set's messages/TAG.csv or --messages",
                    "FILE already has. Save it as messages/TAG.csv in the rule set, or give it to assess --messages."})
    static final class MessagesTemplate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Rule set folder.")
        Path folder;

        @Mixin
        LanguageOptions language;

        @Override
        public Integer call() throws Exception {
            if (language.locale == null && language.file == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "give the language: --locale TAG (es, pt-BR), or --messages FILE to update");
            }
            RuleSet rules = RuleSets.loadSource(folder);
            Messages messages = language.bundle(rules);
            PrintWriter out = spec.commandLine().getOut();
            messages.writeBundle(out);
            out.flush();
            int total = messages.keys().size();
            spec.commandLine().getErr().printf("%s: %d of %d finding texts translated%s%n",
                    messages.locale().toLanguageTag(), messages.translatedKeys().size(), total,
                    messages.stale().isEmpty() ? "" : "; " + messages.stale().size() + " stale (their English changed): "
                            + String.join(", ", messages.stale()));
            return ExitCodes.OK;
        }
    }
}
