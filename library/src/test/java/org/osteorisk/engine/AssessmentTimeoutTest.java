package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteorisk.TestRules;
import org.osteorisk.batch.BatchRunner;
import org.osteorisk.io.ProfileCsvReader;
import org.osteorisk.model.Profile;
import org.osteorisk.model.Sex;
import org.osteorisk.report.JsonLinesReport;

/**
 * The run-time guard behind the rule-file checks: a session that runs past its time limit is stopped with an
 * exception naming the rule set, and a batch reports that profile as an error row while the others go on. The
 * rule that runs too long is compiled past the checks (it sleeps and re-triggers itself, which no checked rule
 * can), firing slowly enough to stay far below the fire limit.
 */
class AssessmentTimeoutTest {

    private static final String SLOW = """
            package org.osteorisk.rules;

            import org.osteorisk.model.*;

            rule "Slow echo"
            when
                $c : Condition( name == "slow" )
            then
                try { Thread.sleep(20); } catch (InterruptedException e) { }
                insert(new Condition($c.profileId(), "slow", false));
            end
            """;
    private static final Duration LIMIT = Duration.ofMillis(400);

    @TempDir
    static Path dir;
    private static RuleSet rules;

    @BeforeAll
    static void load() {
        rules = UncheckedRules.load(TestRules.copy(dir.resolve("rules")), SLOW);
    }

    @Test
    void aSessionPastItsTimeLimitIsStoppedNamingTheRuleSet() {
        Assessor assessor = Assessor.create(rules, 64, LIMIT);
        Profile slow = Profile.builder("slow-1").age(60).sex(Sex.FEMALE).condition("slow").build();
        long started = System.nanoTime();
        AssessmentTimeoutException e = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> assertThrows(AssessmentTimeoutException.class, () -> assessor.assess(slow)));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 5_000, "stopped after " + millis + " ms, not at the limit");
        assertEquals(rules.info().toString(), e.ruleSet());
        assertTrue(e.getMessage().contains(rules.info().toString()) && e.getMessage().contains("400 ms"),
                e.getMessage());

        Profile fine = Profile.builder("fine").age(40).sex(Sex.FEMALE).smoker(true).build();
        assertTrue(assessor.assess(fine).has("SMOKING"), "the next session runs as usual");
    }

    @Test
    void aBatchReportsTheTimedOutProfileAsAnErrorRowAndGoesOn() throws Exception {
        Assessor assessor = Assessor.create(rules, 64, LIMIT);
        String csv = "id,age,sex,smoker,conditions\nP1,40,female,yes,\nP2,60,female,no,slow\nP3,50,male,yes,\n";
        StringWriter out = new StringWriter();
        try (ProfileCsvReader reader = ProfileCsvReader.open(new StringReader(csv), "test.csv");
             JsonLinesReport report = new JsonLinesReport(out)) {
            assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> new BatchRunner(assessor, 1, 16).run(reader, report));
        }
        List<JsonNode> rows = out.toString().lines().map(AssessmentTimeoutTest::json).toList();
        assertEquals(List.of("ok", "error", "ok"), rows.stream().map(r -> r.get("status").asText()).toList(),
                out.toString());
        assertTrue(rows.get(1).get("error").asText().contains("did not finish within 400 ms"), out.toString());
        assertTrue(rows.get(2).get("findings").toString().contains("SMOKING"), out.toString());
    }

    @Test
    void theLimitIsConfigurableAndGenerousByDefault() {
        assertEquals(Duration.ofSeconds(10), SessionDeadline.DEFAULT_LIMIT);
        String previous = System.getProperty(SessionDeadline.LIMIT_PROPERTY);
        try {
            System.setProperty(SessionDeadline.LIMIT_PROPERTY, "1500");
            assertEquals(Duration.ofMillis(1500), SessionDeadline.configuredLimit());
            System.setProperty(SessionDeadline.LIMIT_PROPERTY, "soon");
            assertEquals(SessionDeadline.DEFAULT_LIMIT, SessionDeadline.configuredLimit());
        } finally {
            if (previous == null) {
                System.clearProperty(SessionDeadline.LIMIT_PROPERTY);
            } else {
                System.setProperty(SessionDeadline.LIMIT_PROPERTY, previous);
            }
        }
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
