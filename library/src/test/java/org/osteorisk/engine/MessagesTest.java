package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.Profiles;
import org.osteorisk.TestRules;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.DoseUnit;
import org.osteorisk.model.Finding;
import org.osteorisk.model.MessageKeys;
import org.osteorisk.model.MessageValue.Amount;
import org.osteorisk.model.MessageValue.Group;
import org.osteorisk.model.MessageValue.Term;
import org.osteorisk.model.MessageValue.Terms;
import org.osteorisk.model.MessageValue.Text;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
import org.osteorisk.model.RuleSetProblem;
import org.osteorisk.model.Sex;
import org.osteorisk.model.Supplement;
import org.osteorisk.model.Suppression;

/** Findings carry message keys and typed values; a message bundle renders them in another language. */
class MessagesTest {

    private static final Path SPANISH = Path.of("examples", "messages", "es.csv");
    private static final Locale ES = Locale.forLanguageTag("es");

    @TempDir
    Path dir;

    private static Messages spanish() {
        return Messages.read(TestRules.bundled(), ES, SPANISH);
    }

    /** A woman of 60 after menopause, 650 mg of calcium from food and 400 mg as a supplement, 200 IU of vitamin D. */
    private static AssessmentResult womanOf60() {
        return TestRules.assessor().assess(Profile.builder("w60").age(60).sex(Sex.FEMALE).postmenopausal(true)
                .intake(Nutrient.CALCIUM, 650.0).intake(Nutrient.VITAMIN_D, 200.0)
                .supplement(Supplement.daily(Nutrient.CALCIUM, 400, DoseUnit.MG)).build());
    }

    private static Finding finding(AssessmentResult result, String code) {
        return result.findings().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + result.codes()));
    }

    @Test
    void aFindingCarriesItsKeysAndTypedValues() {
        Finding f = finding(womanOf60(), "CALCIUM_BELOW_RDA");
        assertEquals(MessageKeys.of("CALCIUM_BELOW_RDA", false), f.messageKeys());
        assertEquals(new Amount(1050, "mg/day"), f.values().get("calcium.total"));
        assertEquals(new Amount(650, "mg/day"), f.values().get("calcium.dietary"));
        assertEquals(new Amount(400, "mg/day"), f.values().get("calcium.supplemental"));
        assertEquals(new Amount(1200, "mg/day"), f.values().get("calcium.rda"));
        assertEquals(new Group(Sex.FEMALE, 51, 70), f.values().get("calcium.group"));
        assertEquals(new Text("IOM 2011"), f.values().get("calcium.source"));
        assertEquals(List.of("calcium.total", "calcium.dietary", "calcium.supplemental", "calcium.rda",
                "calcium.group", "calcium.source"), List.copyOf(f.values().keySet()));
    }

    @Test
    void aRewordedFindingCarriesThePrecautionsThatReworded() {
        for (AssessmentResult result : TestRules.assessor().assessAll(Profiles.examples())) {
            for (Suppression s : result.suppressed()) {
                if (s.resolution() == Suppression.Resolution.REWORDED) {
                    Finding f = finding(result, s.code());
                    assertTrue(f.messageKeys().recommendation().endsWith(".cautious_recommendation"), f.code());
                    Terms caution = (Terms) f.values().get("caution");
                    assertTrue(caution.keys().contains(s.by()), f.code() + " " + caution.keys());
                    return;
                }
            }
        }
        throw new AssertionError("no example has a reworded finding");
    }

    @Test
    void spanishRendersItsTextsWithItsNumbersAndWordsAndLeavesTheRestInEnglish() {
        AssessmentResult english = womanOf60();
        AssessmentResult result = spanish().localize(english);
        Finding calcium = finding(result, "CALCIUM_BELOW_RDA");
        assertEquals("Ingesta de calcio por debajo de la cantidad recomendada", calcium.title());
        assertEquals("El calcio total, 1.050 mg/día (alimentos 650 + suplementos 400), está por debajo de los 1.200 "
                + "mg/día recomendados para mujeres de 51 a 70 años (IOM 2011).", calcium.explanation());
        assertEquals(finding(english, "CALCIUM_BELOW_RDA").values(), calcium.values(), "the values do not change");
        Finding untranslated = finding(result, "CALCIUM_WITHOUT_VITAMIN_D");
        assertEquals(finding(english, "CALCIUM_WITHOUT_VITAMIN_D"), untranslated, "no translation: English, whole");
        Finding postmenopausal = finding(result, "POSTMENOPAUSAL_NO_CA_D");
        assertTrue(postmenopausal.recommendation().contains("lo que está bajo: calcio y vitamina D;"),
                postmenopausal.recommendation());
        assertEquals(english.codes(), result.codes());
        assertEquals(english.suppressed().size(), result.suppressed().size());
    }

    @Test
    void spanishTranslatesScopeNoticesAndPrecautionReasons() {
        AssessmentResult child = spanish().localize(TestRules.assessor().assess(Profile.builder("c")
                .age(16).build()));
        assertEquals("A los 16 años no se aplican las ingestas de referencia para adultos (empiezan a los 19); los "
                + "niños y adolescentes tienen sus propios valores, por lo que no se ha calculado ningún consejo "
                + "nutricional.", child.scope().reason());
        AssessmentResult warfarin = TestRules.assessor().assess(Profile.builder("k").age(70).sex(Sex.MALE)
                .intake(Nutrient.VITAMIN_K, 40.0).medication("warfarin").build());
        Suppression reason = spanish().localize(warfarin).suppressed().stream()
                .filter(s -> s.by().equals("VITAMIN_K_ANTAGONIST_DIET")).findFirst().orElseThrow();
        assertTrue(reason.reason().startsWith("se toma un antagonista de la vitamina K"), reason.reason());
    }

    @Test
    void everyEnglishTextIsRebuiltFromItsKeyAndValues() throws IOException {
        Messages english = TestRules.bundled().messages(Locale.ENGLISH);
        Messages british = Messages.read(TestRules.bundled(), Locale.UK, new StringReader(copyOfEnglish(english)),
                "en-GB.csv");
        assertEquals(java.util.Set.copyOf(english.keys()), java.util.Set.copyOf(british.translatedKeys()));
        int compared = 0;
        List<Profile> profiles = new ArrayList<>(Profiles.examples());
        profiles.addAll(Profiles.cohort(11, 1_000));
        for (AssessmentResult result : TestRules.assessor().assessAll(profiles)) {
            AssessmentResult rebuilt = british.localize(result);
            assertEquals(result.findings(), rebuilt.findings(), result.profileId());
            assertEquals(result.scope(), rebuilt.scope(), result.profileId());
            compared += result.findings().size();
        }
        assertTrue(compared > 1_000, "compared " + compared);
    }

    /** A bundle whose every text is the English one. */
    private static String copyOfEnglish(Messages english) throws IOException {
        StringWriter template = new StringWriter();
        english.writeBundle(template);
        StringWriter bundle = new StringWriter();
        CsvWriter out = CsvWriter.builder().build(bundle);
        try (CsvReader<CsvRecord> in = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                .ofCsvRecord(template.toString())) {
            for (CsvRecord r : in) {
                out.writeRecord(r.getField(0), r.getField(1), r.getStartingLineNumber() == 2 ? "text" : r.getField(1));
            }
        }
        out.flush();
        return bundle.toString();
    }

    @Test
    void aBundleWithMistakesIsRefusedNamingFileLineAndColumn() {
        String bundle = "key,text\n"
                + "CALCIUM_BELOW_RDA.title,Calcio bajo\n"
                + "CALCIUM_BELOW_RDA.explanation,Calcio {calcium.total} frente a {vitamin_d.rda}\n"
                + "CALCIUM_BELOW_RDA.recommendation,Suba el calcio ({caution})\n"
                + "CALCIUM_BELOW_RDA.title,Otra vez\n"
                + "NO_SUCH_CODE.title,Nada\n"
                + "term.gout,gota\n"
                + "group.female.range,mujeres de {desde} años\n"
                + "word.none,{ninguno}\n"
                + "precaution.NOT_A_PRECAUTION,nada\n"
                + "CALCIUM_BELOW_RDA.cautious_recommendation,Suba el calcio {calcium.rda\n";
        RuleSetException e = assertThrows(RuleSetException.class, () -> Messages.read(TestRules.bundled(), ES,
                new StringReader(bundle), "es.csv"));
        List<String> problems = e.problems().stream().map(RuleSetProblem::toString).toList();
        assertEquals(List.of(
                "es.csv:3:2: text: {vitamin_d.rda} is not among the values of this text; it may quote {calcium.dietary},"
                        + " {calcium.group}, {calcium.rda}, {calcium.source}, {calcium.supplemental}, {calcium.total}",
                "es.csv:4:2: text: {caution} is only for @cautiousRecommendation and its translations",
                "es.csv:5:1: key: given twice (first at line 2)",
                "es.csv:6:1: key: unknown key: expected a finding text (CODE.title, CODE.explanation, "
                        + "CODE.recommendation, CODE.cautious_recommendation; see `osteorisk rules messages`), word.*, "
                        + "group.*, term.*, precaution.* or unit.*",
                "es.csv:7:1: key: unknown term; the rule set's terms are " + String.join(", ",
                        MessageBundle.terms(TestRules.bundled().reference())),
                "es.csv:8:1: key: a group quotes only {from} and {to}",
                "es.csv:9:1: key: a word quotes no values",
                "es.csv:10:1: key: no precaution NOT_A_PRECAUTION in reference/precautions.csv",
                "es.csv:11:2: text: unclosed { in template"), problems);
    }

    @Test
    void aRuleSetFolderCarriesItsLanguagesAndPicksTheClosest() throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        Files.createDirectories(rules.resolve("messages"));
        Files.copy(SPANISH, rules.resolve("messages/es.csv"));
        RuleSet ruleSet = RuleSet.load(rules);
        assertEquals(List.of(Locale.ENGLISH, ES), List.copyOf(ruleSet.locales()));
        assertEquals(ES, ruleSet.messages(Locale.forLanguageTag("es-MX")).locale(), "es-MX falls back to es");
        assertEquals(Locale.ENGLISH, ruleSet.messages(Locale.FRENCH).locale(), "no French: English");
        assertEquals(spanish().translatedKeys(), ruleSet.messages(ES).translatedKeys());
        assertNotEquals(ruleSet.info().fingerprint(), TestRules.bundled().info().fingerprint(),
                "a translation is part of the rule set");

        Files.writeString(rules.resolve("messages/spanish.csv"), "key,text\n");
        Files.writeString(rules.resolve("messages/es.csv"), "key,text\nCALCIUM_BELOW_RDA.title,{x}\n");
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSet.load(rules));
        List<String> problems = e.problems().stream().map(RuleSetProblem::toString).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("messages/es.csv:2:2: text: {x}: this text quotes no values"),
                problems.get(0));
        assertTrue(problems.get(1).endsWith("messages/spanish.csv:0:0: not loaded: a message bundle is named by its "
                + "language tag, as es.csv or pt-BR.csv"), problems.get(1));
    }

    @Test
    void aTranslationWhoseEnglishChangedIsListedStale() throws IOException {
        String bundle = Files.readString(SPANISH);
        assertEquals(List.of(), spanish().stale());
        String changed = bundle.replaceFirst("CALCIUM_BELOW_RDA.title,Calcium intake below the recommended amount,",
                "CALCIUM_BELOW_RDA.title,Calcium intake too low,");
        assertNotEquals(bundle, changed);
        Messages messages = Messages.read(TestRules.bundled(), ES, new StringReader(changed), "es.csv");
        assertEquals(List.of("CALCIUM_BELOW_RDA.title"), messages.stale());
        assertFalse(messages.translatedKeys().isEmpty());
    }

    @Test
    void numbersFollowTheLanguage() {
        Wording english = TestRules.bundled().english();
        Wording german = Wording.of(Locale.GERMAN, java.util.Map.of(), english);
        assertEquals("1,234", english.number(1234));
        assertEquals("1.234", german.number(1234));
        assertEquals("12,5", german.number(12.5));
        assertEquals("-2,6", german.number(-2.6));
        assertEquals("T-score -2.6", english.render(new Amount(-2.6, ""), Variable.Style.BONE_BASIS));
        assertEquals("diagnosis", english.render(new Term("diagnosis"), Variable.Style.BONE_BASIS));
        assertEquals("calcium, vitamin D and vitamin K",
                english.render(new Terms(List.of("calcium", "vitamin_d", "vitamin_k")), Variable.Style.LIST_AND));
        assertEquals("none", english.render(new Terms(List.of()), Variable.Style.LIST_AND));
        assertEquals("not measured", english.render(null, Variable.Style.READING));
        assertEquals("not known", english.render(null, Variable.Style.PER_DAY));
        assertEquals("adults aged 19+", english.render(new Group(null, 19, null), Variable.Style.GROUP));
    }
}
