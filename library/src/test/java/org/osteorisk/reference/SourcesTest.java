package org.osteorisk.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osteorisk.TestRules;
import org.osteorisk.engine.FindingDefinition;
import org.osteorisk.engine.RuleSet;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Source;

/** Every source of the bundled rules is a reference a clinician can cite and find, and every one is used. */
class SourcesTest {

    @Test
    void everySourceIsCitedByARuleOrADataRowAndNoneIsDangling() {
        RuleSet rules = TestRules.bundled();
        Set<String> cited = new HashSet<>();
        rules.definitions().forEach(d -> d.sources().forEach(s -> cited.add(s.key())));
        rules.reference().thresholds().all().forEach(t -> cited.addAll(keys(t.source())));
        for (Nutrient nutrient : Nutrient.values()) {
            rules.reference().intakes().bands(nutrient).forEach(b -> cited.addAll(keys(b.source())));
        }
        Set<String> listed = new HashSet<>();
        rules.reference().sources().all().forEach(s -> listed.add(s.key()));
        assertEquals(listed, cited, "sources.csv lists exactly the sources the rules and data cite");
    }

    private static Set<String> keys(String cell) {
        Set<String> keys = new HashSet<>();
        for (String key : cell.split(";")) {
            keys.add(key.trim());
        }
        return keys;
    }

    @Test
    void everyCitationCanBeFoundAndNamesItsWork() {
        for (Source s : TestRules.bundled().reference().sources().all()) {
            assertFalse(s.title().isBlank(), s.key());
            assertTrue(s.url().startsWith("https://") || s.url().startsWith("http://") || s.kind().equals("web_article"),
                    s.key() + " needs a link");
            assertTrue(s.citation().startsWith(s.authors().isEmpty() ? s.title() : s.authors()), s.citation());
            assertTrue(s.citation().contains(s.title()), s.citation());
            if (!s.identifier().isEmpty()) {
                assertTrue(s.citation().endsWith(s.identifier()), s.citation());
            }
        }
    }

    @Test
    void citationsWithAndWithoutAuthorsReadAsCitations() {
        assertEquals("Smith J (2020). A study. J Bone 1:2. doi:10.1/x",
                new Source("k", "Smith 2020", "Smith J", "A study", "J Bone 1:2", "2020", "doi:10.1/x", "", "study")
                        .citation());
        assertEquals("A trial. PLoS Med 5:e1 (2008). doi:10.2/y",
                new Source("k", "Trial 2008", "", "A trial", "PLoS Med 5:e1", "2008", "doi:10.2/y", "", "trial")
                        .citation());
        assertEquals("Is it so? Some site.", new Source("k", "Site", "", "Is it so?", "Some site", "", "", "", "web_article")
                .citation());
    }

    @Test
    void noInternalLabelReachesWhatAUserReads() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("rules")), Files.walk(Path.of("docs")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file).toLowerCase(Locale.ROOT);
                assertFalse(text.matches("(?s).*seeds? 0\\d\\d.*"), file + " names a source by an internal label (seed 000)");
            }
        }
        for (FindingDefinition d : TestRules.bundled().definitions()) {
            String text = (d.explanation().source() + d.recommendation().source() + d.title()).toLowerCase(Locale.ROOT);
            assertFalse(text.matches("(?s).*seeds? 0\\d\\d.*"), d.rule());
        }
    }
}
