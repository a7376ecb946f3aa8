package org.osteorisk.bench;

import org.osteorisk.engine.Assessor;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
import org.osteorisk.model.Sex;

/**
 * What an app waits for at start: {@code Assessor.create()} with the bundled rules and a first assessment, in a
 * fresh JVM. Run by bench/startup.sh on the runtime library's own class path, several times.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        Assessor assessor = Assessor.create();
        long created = System.nanoTime();
        AssessmentResult result = assessor.assess(Profile.builder("startup").age(60).sex(Sex.FEMALE)
                .intake(Nutrient.CALCIUM, 700.0).build());
        long assessed = System.nanoTime();
        if (result.findings().isEmpty()) {
            throw new IllegalStateException("the probe profile should have findings");
        }
        System.out.printf("create %d ms, first assessment %d ms%n", (created - started) / 1_000_000,
                (assessed - created) / 1_000_000);
    }
}
