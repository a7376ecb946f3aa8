package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;
import org.osteorisk.cli.Cli;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
import org.osteorisk.model.Sex;

/**
 * A rule that cannot be evaluated on a profile's facts (arithmetic on an unknown value, allowed by the checks because
 * it is harmless code) costs that profile, named, and never the batch or a health value.
 */
class RuleEvaluationFailureTest {

    @TempDir
    Path dir;

    private Path rulesThatDivideByAnUnknownRda() throws IOException {
        Path rules = TestRules.copy(dir.resolve("rules"));
        Files.writeString(rules.resolve("fails.drl"), """
                package org.osteorisk.rules;

                import org.osteorisk.model.*;

                global org.osteorisk.engine.FindingCollector findings;
                global org.osteorisk.reference.Thresholds thresholds;

                rule "Share of the RDA"
                    @code("TEST_SHARE") @severity("info") @evidence("opinion") @domain("test")
                    @sources("iom_2011_calcium_vitamin_d") @advice("none") @title("Share")
                    @explanation("Share.") @recommendation("None.")
                when
                    $i : Intake( nutrient == Nutrient.CALCIUM, total != null, total / rda > 2.0 )
                then
                    findings.add(drools, $i);
                end
                """);
        return rules;
    }

    @Test
    void theAssessmentFailsNamingTheRuleAndNoValue() throws IOException {
        Assessor assessor = Assessor.create(RuleSet.load(rulesThatDivideByAnUnknownRda()));
        // At 60 the calcium RDA depends on sex: unknown sex leaves it unknown.
        Profile unknownRda = Profile.builder("no-sex").age(60).intake(Nutrient.CALCIUM, 4321.0).build();
        RuleEvaluationException e = assertThrows(RuleEvaluationException.class, () -> assessor.assess(unknownRda));
        assertEquals("Share of the RDA", e.rule());
        assertTrue(e.getMessage().contains("rule \"Share of the RDA\" failed on this profile's facts"), e.getMessage());
        assertFalse(e.getMessage().contains("4321") || e.getMessage().contains("4,321"), e.getMessage());
        assertTrue(assessor.assess(unknownRda.toBuilder().sex(Sex.FEMALE).build()).has("TEST_SHARE"));
    }

    @Test
    void aBatchReportsTheProfileAsAnErrorRowAndGoesOn() throws IOException {
        Path rules = rulesThatDivideByAnUnknownRda();
        Path input = dir.resolve("in.csv");
        Files.writeString(input, "id,age,sex,calcium_mg\nA,60,female,4321\nB,60,,4321\nC,60,male,4321\n");
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Cli.execute(new String[] {"assess", "--rules", rules.toString(), "-f", "jsonl", input.toString()},
                java.io.InputStream.nullInputStream(), new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        assertEquals(3, code, err.toString());
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : out.toString().split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertEquals(List.of("ok", "error", "ok"), lines.stream().map(l -> l.get("status").asText()).toList());
        assertTrue(lines.get(1).get("error").asText().contains("rule \"Share of the RDA\""), lines.get(1).toString());
        assertFalse(lines.get(1).toString().contains("4321") || err.toString().contains("4321"),
                "no health value in the error row or the log");
    }
}
