import java.util.List;

import org.osteorisk.engine.Assessor;
import org.osteorisk.io.ResultJson;
import org.osteorisk.model.Advice;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.DoseUnit;
import org.osteorisk.model.Finding;
import org.osteorisk.model.Frequency;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
import org.osteorisk.model.Sex;
import org.osteorisk.model.Source;
import org.osteorisk.model.Supplement;
import org.osteorisk.model.Suppression;

/**
 * Embedding osteorisk in an application.
 *
 * Run from the project root after {@code mvn package}:
 * <pre>java -cp target/osteorisk.jar examples/embedding/EmbeddingExample.java</pre>
 */
public class EmbeddingExample {

    public static void main(String[] args) {
        // The runnable jar bundles slf4j-simple; an app brings its own SLF4J binding and configuration.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");

        // Build the assessor once (it compiles the rules) and share it: it is thread-safe.
        Assessor assessor = Assessor.create();

        Profile profile = Profile.builder("patient-42")
                .age(63)
                .sex(Sex.FEMALE)
                .weightKg(55.0)
                .postmenopausal(true)
                .intake(Nutrient.CALCIUM, 700.0)      // mg/day from food
                .intake(Nutrient.VITAMIN_D, 300.0)    // IU/day from food
                .intake(Nutrient.VITAMIN_K, 60.0)     // mcg/day from food
                .supplement(new Supplement(Nutrient.CALCIUM, "carbonate", 1200, DoseUnit.MG, Frequency.DAY))
                .condition("osteopenia")
                .medication("warfarin")               // a precaution: vitamin K advice is reworded
                .build();

        AssessmentResult result = assessor.assess(profile);

        System.out.println("Findings for " + result.profileId() + " (rules " + result.ruleSet() + "):");
        for (Finding finding : result.findings()) {
            System.out.printf("%n[%s] %s: %s%n  %s%n  Recommendation: %s%n  Advice: %s%n  Evidence: %s%n",
                    finding.severity(), finding.code(), finding.title(), finding.explanation(),
                    finding.recommendation(), finding.advice().stream().map(Advice::toString).toList(),
                    finding.evidence());
            for (Source source : finding.sources()) {
                System.out.println("  Source: " + source.citation() + " " + source.url());
            }
        }
        // The audit trail: findings reworded or withdrawn because a precaution on the plan outranks their advice.
        for (Suppression s : result.suppressed()) {
            System.out.printf("%n%s %s by %s: %s%n", s.code(), s.resolution().key(), s.by(), s.reason());
        }
        List<String> notAssessed = result.notAssessed();
        System.out.println();
        System.out.println("Not assessed (intake unknown): " + String.join(", ", notAssessed));
        System.out.println();
        System.out.println("As JSON: " + ResultJson.toJson(result).substring(0, 120) + "...");
    }
}
