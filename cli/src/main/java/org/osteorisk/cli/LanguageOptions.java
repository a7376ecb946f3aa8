package org.osteorisk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.osteorisk.engine.Messages;
import org.osteorisk.engine.RuleSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --locale TAG} and {@code --messages FILE}: the language of the findings' texts. */
final class LanguageOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--locale", paramLabel = "TAG",
            description = "Language of the findings' texts, as a language tag (es, pt-BR): the rule set's "
                    + "messages/TAG.csv, or the --messages file. Texts it does not translate stay in English.")
    String locale;

    @Option(names = "--messages", paramLabel = "FILE",
            description = "A message bundle (CSV key,text; see docs/authoring.md) for --locale, or for the language "
                    + "its file name names (es.csv).")
    Path file;

    /**
     * The messages to render results with, or null for the rule set's own texts.
     *
     * @throws ParameterException for a tag that is not a language, a file that is missing, or a language the rule set
     *                            has no bundle for
     * @throws org.osteorisk.engine.RuleSetException listing every problem of the bundle file
     */
    Messages messages(RuleSet ruleSet) {
        if (locale == null && file == null) {
            return null;
        }
        Locale language = locale != null ? tag(locale) : fromFileName();
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(command.commandLine(), "--messages " + file + ": no such file");
            }
            return Messages.read(ruleSet, language, file);
        }
        Messages messages = ruleSet.messages(language);
        if (!messages.locale().getLanguage().equals(language.getLanguage())) {
            throw new ParameterException(command.commandLine(), "--locale " + locale + ": the rule set has no "
                    + "messages for this language (it has: " + String.join(", ", ruleSet.locales().stream()
                    .map(Locale::toLanguageTag).toList()) + "); give a bundle with --messages FILE");
        }
        return messages;
    }

    /**
     * The bundle for the language, to write out and complete: the --messages file, else the rule set's own bundle
     * for the exact language, else an empty one.
     */
    Messages bundle(RuleSet ruleSet) {
        Locale language = locale != null ? tag(locale) : fromFileName();
        if (file != null) {
            return messages(ruleSet);
        }
        Messages own = ruleSet.messages(language);
        return own.locale().getLanguage().equals(language.getLanguage()) ? own
                : Messages.read(ruleSet, language, new java.io.StringReader("key,text\n"), "(new)");
    }

    private Locale tag(String text) {
        Locale parsed = Locale.forLanguageTag(text);
        if (parsed.getLanguage().isEmpty()) {
            throw new ParameterException(command.commandLine(), "--locale " + text + ": not a language tag (es, "
                    + "pt-BR)");
        }
        return parsed;
    }

    private Locale fromFileName() {
        String name = file.getFileName().toString();
        return tag(name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name);
    }
}
