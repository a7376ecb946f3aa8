package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.osteorisk.TestRules;
import org.osteorisk.model.AssessmentResult;
import org.osteorisk.model.DoseUnit;
import org.osteorisk.model.Frequency;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
import org.osteorisk.model.Sex;
import org.osteorisk.model.Supplement;

/** One assessor shared by many threads gives exactly the results one thread gives. */
class ConcurrentAssessmentTest {

    static List<Profile> varied(int count) {
        List<Profile> profiles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Profile.Builder b = Profile.builder("c" + i).age(19 + (i * 7) % 77)
                    .sex(i % 2 == 0 ? Sex.FEMALE : Sex.MALE).weightKg(45.0 + (i * 3) % 50)
                    .postmenopausal(i % 4 == 0).smoker(i % 5 == 0).exerciseMinPerWeek((double) (i * 13) % 300)
                    .intake(Nutrient.CALCIUM, 400.0 + (i * 37) % 1500).intake(Nutrient.VITAMIN_D, (double) (i * 53) % 1200)
                    .intake(Nutrient.MAGNESIUM, 150.0 + (i * 11) % 300).intake(Nutrient.VITAMIN_K, 30.0 + (i * 7) % 150);
            if (i % 3 == 0) {
                b.supplement(new Supplement(Nutrient.CALCIUM, "carbonate", 600, DoseUnit.MG, Frequency.DAY));
            }
            if (i % 7 == 0) {
                b.supplement(new Supplement(Nutrient.VITAMIN_D, null, 50000, DoseUnit.IU, Frequency.YEAR));
            }
            if (i % 11 == 0) {
                b.condition("osteoporosis").medication("prednisone");
            }
            profiles.add(b.build());
        }
        return profiles;
    }

    @Test
    void manyThreadsSharingOneAssessorAgreeWithOneThread() throws Exception {
        Assessor assessor = TestRules.assessor();
        List<Profile> profiles = varied(400);
        List<AssessmentResult> expected = profiles.stream().map(assessor::assess).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<AssessmentResult>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                boolean batched = t % 2 == 0;
                runs.add(pool.submit(() -> batched ? assessor.assessAll(profiles)
                        : profiles.stream().map(assessor::assess).toList()));
            }
            for (Future<List<AssessmentResult>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
