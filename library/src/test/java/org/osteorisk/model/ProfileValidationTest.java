package org.osteorisk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osteorisk.TestRules;
import org.osteorisk.io.ProfileCsvReader;
import org.osteorisk.io.ProfileRow;

/**
 * A profile that cannot be built says every problem at once, field by field, in one exception type; contradictory
 * inputs are refused; nothing that holds health data prints a value.
 */
class ProfileValidationTest {

    private static List<String> fields(ProfileValidationException e) {
        return e.problems().stream().map(ProfileValidationException.Problem::field).toList();
    }

    @Test
    void theBuilderReportsEveryProblemAtOnceInFieldOrder() {
        ProfileValidationException e = assertThrows(ProfileValidationException.class, () -> Profile.builder("p")
                .age(200).sex(Sex.MALE).pregnant(true).lactating(true).weightKg(0.0)
                .intake(Nutrient.CALCIUM, -1.0).tScore(-11.0).serum25ohdNgMl(5000.0).build());
        assertEquals("p", e.profileId());
        assertEquals(List.of("age", "weight_kg", "pregnant", "lactating", "calcium_mg", "serum_25ohd_ng_ml", "tscore"),
                fields(e));
        assertEquals("yes for a man: contradicts sex", e.problems().get(2).message());
        assertEquals("age: expected a whole number from 0 to 130; weight_kg: expected more than 0 and at most 700 kg; "
                + "pregnant: yes for a man: contradicts sex; lactating: yes for a man: contradicts sex; calcium_mg: "
                + "expected 0 to 10,000 mg/day; serum_25ohd_ng_ml: expected 0 to 1,000 ng/mL; tscore: expected -10 to "
                + "10", e.getMessage());
    }

    @Test
    void pregnancyOrLactationIsRefusedForAManOnly() {
        assertThrows(ProfileValidationException.class, () -> Profile.builder("m").sex(Sex.MALE).pregnant(true).build());
        assertThrows(ProfileValidationException.class, () -> Profile.builder("m").sex(Sex.MALE).lactating(true)
                .build());
        assertTrue(Profile.builder("w").sex(Sex.FEMALE).pregnant(true).build().pregnant());
        assertTrue(Profile.builder("u").pregnant(true).build().pregnant(), "sex unknown: taken as given");
        assertFalse(Profile.builder("m").sex(Sex.MALE).pregnant(false).build().pregnant());
        List<ProfileRow> rows = new ArrayList<>();
        try (ProfileCsvReader reader = ProfileCsvReader.open(new java.io.StringReader(
                "id,sex,pregnant,lactating\nm1,male,yes,no\n"), "t.csv")) {
            rows.add(reader.nextProfile());
        }
        assertEquals("pregnant: yes for a man: contradicts sex", rows.get(0).error());
    }

    @Test
    void aNullEntryIsRefusedWithAMessage() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Profile.builder("p").supplement(null));
        assertEquals("supplement: null; leave it out instead", e.getMessage());
        assertThrows(NullPointerException.class, () -> Profile.builder("p").medication(null));
        assertThrows(NullPointerException.class, () -> Profile.builder("p").intake(null, 1.0));
    }

    @Test
    void nothingThatHoldsHealthDataPrintsAValue() {
        Profile profile = Profile.builder("priv").age(67).sex(Sex.FEMALE).postmenopausal(true).weightKg(51.7)
                .intake(Nutrient.CALCIUM, 432.1).intake(Nutrient.VITAMIN_D, 123.4).intake(Nutrient.VITAMIN_K, 45.6)
                .serum25ohdNgMl(11.9).tScore(-2.9).medication("zzsecretmed").medication("warfarin")
                .condition("zzsecretcond").condition("ckd")
                .supplement(new Supplement(Nutrient.CALCIUM, "carbonate", 777, DoseUnit.MG, Frequency.DAY)).build();
        AssessmentResult result = TestRules.assessor().assess(profile);
        assertTrue(result.findings().size() > 3 && !result.suppressed().isEmpty() && !result.warnings().isEmpty());
        List<Object> printed = new ArrayList<>(List.of(profile, profile.labs(), profile.supplements(), result,
                result.findings(), result.warnings(), result.suppressed()));
        result.findings().forEach(f -> {
            printed.add(f);
            printed.add(f.values());
            printed.addAll(f.values().values());
        });
        for (Object o : printed) {
            String text = String.valueOf(o);
            for (String value : List.of("432", "123.4", "45.6", "11.9", "2.9", "777", "51.7", "zzsecret", "67")) {
                assertFalse(text.contains(value), o.getClass().getSimpleName() + " prints " + value + ": " + text);
            }
        }
        AssessmentResult child = TestRules.assessor().assess(Profile.builder("c").age(12).build());
        assertFalse(child.scope().toString().contains("12"), child.scope().toString());
    }
}
