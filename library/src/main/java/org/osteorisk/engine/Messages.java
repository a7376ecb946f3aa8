package org.osteorisk.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Finding;
import org.osteorisk.model.MessageKeys;
import org.osteorisk.model.MessageValue;
import org.osteorisk.model.ScopeNotice;
import org.osteorisk.model.Suppression;
import org.osteorisk.reference.ProblemList;

/**
 * A rule set's texts in one language. It renders a finding's title, explanation and recommendation from the finding's
 * {@link Finding#messageKeys() message keys} and {@link Finding#values() values}, with numbers, lists, reference
 * groups and units written the language's way. Any text the language's bundle does not translate stays in English,
 * whole, so a sentence never mixes two languages. Immutable and thread-safe.
 *
 * <pre>{@code
 * Messages spanish = Messages.read(ruleSet, Locale.forLanguageTag("es"), Path.of("messages/es.csv"));
 * AssessmentResult enEspanol = spanish.localize(assessor.assess(profile));
 * }</pre>
 *
 * <p>A bundle is a CSV file with the columns {@code key,text} (and optionally {@code english}, the text it translates,
 * so a changed English text shows up as {@link #stale() stale}); {@code rules messages} writes one to fill in, and
 * docs/authoring.md describes the keys. A rule set folder may carry its bundles as {@code messages/<language tag>.csv};
 * {@link RuleSet#messages(Locale)} picks one.
 */
@NullMarked
public final class Messages {

    private final Locale locale;
    private final MessageCatalog catalog;
    private final Map<String, Template> translated;
    private final Wording wording;
    private final List<String> stale;
    private final List<String> wordKeys;

    Messages(Locale locale, MessageCatalog catalog, Map<String, Template> translated, Wording wording,
             List<String> stale, List<String> wordKeys) {
        this.locale = locale;
        this.catalog = catalog;
        this.translated = Map.copyOf(translated);
        this.wording = wording;
        this.stale = List.copyOf(stale);
        this.wordKeys = List.copyOf(wordKeys);
    }

    /** The rule set's own texts: English, as its rules write them. */
    static Messages english(MessageCatalog catalog, Wording english, List<String> wordKeys) {
        return new Messages(Locale.ENGLISH, catalog, Map.of(), english, List.of(), wordKeys);
    }

    /**
     * Reads a bundle for {@code ruleSet} from a UTF-8 CSV file.
     *
     * @throws RuleSetException naming the file, line and column of every problem: an unknown key, a variable the text
     *                          may not quote, a key given twice
     */
    public static Messages read(RuleSet ruleSet, Locale locale, Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(ruleSet, locale, reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads a bundle from {@code reader}, which it closes; messages name it {@code displayName}. */
    public static Messages read(RuleSet ruleSet, Locale locale, Reader reader, String displayName) {
        ProblemList problems = new ProblemList();
        Messages messages = MessageBundle.read(reader, displayName, locale, ruleSet.messageCatalog(),
                ruleSet.english(), ruleSet.reference(), problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems.all());
        }
        return messages;
    }

    public Locale locale() {
        return locale;
    }

    /** The keys of every text of the rule set, in rule order. */
    public Set<String> keys() {
        return catalog.texts().keySet();
    }

    /** The keys this bundle translates; every other text stays in English. */
    public Set<String> translatedKeys() {
        return translated.keySet();
    }

    /** The keys whose translation was made from an English text that has changed since: to review. */
    public List<String> stale() {
        return stale;
    }

    /** The English text of a key, as the rules write it ({@code {variable}} placeholders and all); null if unknown. */
    public @Nullable String englishSource(String key) {
        MessageCatalog.Text text = catalog.text(key);
        return text == null ? null : text.english().source();
    }

    /**
     * The text of a key in this language with the values filled in; null when the bundle does not translate the key
     * or {@code values} lacks a value the text quotes.
     */
    public @Nullable String text(String key, Map<String, @Nullable MessageValue> values) {
        Template template = translated.get(key);
        return template == null ? null : template.render(values, wording);
    }

    /** The finding with its texts in this language (each one it translates). */
    public Finding localize(Finding f) {
        MessageKeys keys = f.messageKeys();
        Map<String, MessageValue> values = f.values();
        return new Finding(f.code(), f.severity(), f.domain(), or(text(keys.title(), values), f.title()),
                or(text(keys.explanation(), values), f.explanation()),
                or(text(keys.recommendation(), values), f.recommendation()), f.advice(), f.sources(), f.evidence(),
                f.rule(), keys, values);
    }

    /** The scope notice with its texts in this language. */
    public ScopeNotice localize(ScopeNotice n) {
        MessageKeys keys = n.messageKeys();
        return new ScopeNotice(n.code(), or(text(keys.title(), n.values()), n.title()),
                or(text(keys.explanation(), n.values()), n.reason()),
                or(text(keys.recommendation(), n.values()), n.recommendation()), n.sources(), keys, n.values());
    }

    /** The result with its findings, scope notice and precautions' reasons in this language. */
    public AssessmentResult localize(AssessmentResult r) {
        if (translated.isEmpty() && locale.equals(Locale.ENGLISH)) {
            return r;
        }
        List<Finding> findings = new ArrayList<>(r.findings().size());
        r.findings().forEach(f -> findings.add(localize(f)));
        List<Suppression> suppressed = new ArrayList<>(r.suppressed().size());
        for (Suppression s : r.suppressed()) {
            String reason = wording.translation("precaution." + s.by());
            suppressed.add(new Suppression(s.code(), s.resolution(), s.by(), or(reason, s.reason())));
        }
        return new AssessmentResult(r.profileId(), r.status(), r.scope() == null ? null : localize(r.scope()),
                Collections.unmodifiableList(findings), suppressed, r.notAssessed(), r.warnings(), r.ruleSet());
    }

    /**
     * Writes this language's bundle as a CSV file to complete ({@code key,english,text}): every key of the rule set,
     * the English text it translates, and this bundle's text where it has one, blank where it has none. A translator
     * fills in the blanks; {@code english} lets a later load tell which translations went {@link #stale() stale}.
     */
    public void writeBundle(Writer out) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeComment(" Messages for " + locale.toLanguageTag() + ": fill in the text column; a blank text stays in "
                + "English. See docs/authoring.md, section 7.");
        csv.writeRecord("key", "english", "text");
        for (MessageCatalog.Text text : catalog.texts().values()) {
            Template translation = translated.get(text.key());
            csv.writeRecord(text.key(), text.english().source(), translation == null ? "" : translation.source());
        }
        for (String key : wordKeys) {
            String own = wording.translation(key);
            csv.writeRecord(key, englishWording().english(key), own == null ? "" : own);
        }
        csv.flush();
    }

    private Wording englishWording() {
        return wording.fallback() != null ? wording.fallback() : wording;
    }

    private static String or(@Nullable String text, String otherwise) {
        return text != null ? text : otherwise;
    }

    @Override
    public String toString() {
        return "Messages[" + locale.toLanguageTag() + ", " + translated.size() + " of " + catalog.texts().size()
                + " texts]";
    }
}
