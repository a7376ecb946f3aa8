package org.osteorisk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osteorisk.TestRules;
import org.osteorisk.model.DoseUnit;
import org.osteorisk.model.Frequency;
import org.osteorisk.model.MessageValue;
import org.osteorisk.model.Nutrient;
import org.osteorisk.model.Profile;
import org.osteorisk.model.Sex;
import org.osteorisk.model.Supplement;
import org.osteorisk.reference.ReferenceData;

/** What each explanation variable says for a profile: the person's own values, never another's or a neighbour's. */
class TemplateVariablesTest {

    private static String render(String text, Profile profile) {
        ReferenceData reference = TestRules.bundled().reference();
        Template template = Template.compile(text, reference);
        ProfileFacts facts = new ProfileFacts(profile, reference);
        Map<String, MessageValue> values = new LinkedHashMap<>();
        template.variables().values().forEach(v -> values.put(v.name(), v.value().apply(facts)));
        return template.render(values, Wording.english(reference.precautions()));
    }

    private static Profile.Builder woman() {
        return Profile.builder("v").age(63).sex(Sex.FEMALE);
    }

    @Test
    void medicationsListOnlyTheNamedClasses() {
        Profile profile = woman().medication("metformin").medication("warfarin").medication("omeprazole")
                .medication("xyzzolol").build();
        assertEquals("metformin, omeprazole", render("{medications.metformin,proton_pump_inhibitor}", profile));
        assertEquals("warfarin", render("{medications.vitamin_k_antagonist}", profile));
        assertEquals("none", render("{medications.denosumab}", profile));
    }

    @Test
    void conditionsListOnlyTheNamedRecognisedOnesInWords() {
        Profile profile = woman().condition("crohns").condition("ra").condition("gout").condition("ckd").build();
        assertEquals("ibd, rheumatoid arthritis", render("{conditions.rheumatoid_arthritis,ibd}", profile));
        assertEquals("ckd", render("{conditions.ckd}", profile));
        assertEquals("none", render("{conditions.celiac}", profile));
    }

    @Test
    void supplementsOfOneNutrientWithTheirDailyAmountWhenNotDaily() {
        Profile profile = woman()
                .supplement(new Supplement(Nutrient.CALCIUM, "carbonate", 1200, DoseUnit.MG, Frequency.DAY))
                .supplement(new Supplement(Nutrient.CALCIUM, "citrate", 7000, DoseUnit.MG, Frequency.WEEK))
                .supplement(new Supplement(Nutrient.VITAMIN_D, null, 100000, DoseUnit.IU, Frequency.YEAR))
                .supplement(new Supplement(Nutrient.VITAMIN_K, "mk7", 90, DoseUnit.MCG, Frequency.DAY)).build();
        assertEquals("carbonate 1,200 mg/day, citrate 7,000 mg/week (1,000 mg/day)",
                render("{supplements.calcium}", profile));
        assertEquals("100,000 IU/year (274 IU/day)", render("{supplements.vitamin_d}", profile));
        assertEquals("none", render("{supplements.magnesium}", profile));
    }

    @Test
    void aMicrogramDoseOfVitaminDIsQuotedInMicrogramsWithItsDailyAmountInIu() {
        Profile profile = woman().supplement(new Supplement(Nutrient.VITAMIN_D, "d3", 175, DoseUnit.MCG,
                Frequency.WEEK)).build();
        assertEquals("d3 175 mcg/week (1,000 IU/day)", render("{supplements.vitamin_d}", profile));
    }

    @Test
    void labReadingsCarryTheirUnitOrSayNotMeasured() {
        Profile profile = woman().serum25ohdNgMl(34.0).tScore(-2.7).build();
        assertEquals("34 ng/mL", render("{lab.serum_25ohd.reading}", profile));
        assertEquals("-2.7", render("{lab.tscore.reading}", profile));
        assertEquals("not measured", render("{lab.serum_b12.reading}", profile));
        assertEquals("unknown", render("{lab.homocysteine}", profile));
    }

    @Test
    void boneBasisSaysDiagnosisOrTheTScore() {
        assertEquals("osteoporosis (diagnosis)", render("{person.bone_status} ({person.bone_basis})",
                woman().condition("osteoporosis").tScore(-1.5).build()));
        assertEquals("osteopenia (T-score -1.5)", render("{person.bone_status} ({person.bone_basis})",
                woman().tScore(-1.5).build()));
        assertEquals("osteoporosis (T-score -2.7)", render("{person.bone_status} ({person.bone_basis})",
                woman().condition("osteopenia").tScore(-2.7).build()), "a T-score of osteoporosis outranks a diagnosis"
                + " of osteopenia");
    }

    @Test
    void thresholdsQuoteValueUnitAndSourceLabels() {
        Profile profile = woman().build();
        assertEquals("1 drinks/day (Tucker et al. 2006 (Framingham); EmpowHER article on magnesium)",
                render("{threshold.soda_per_day_min} {threshold.soda_per_day_min.unit} "
                        + "({threshold.soda_per_day_min.source})", profile));
        assertEquals("-2.5", render("{threshold.tscore_osteoporosis_max.value}", profile));
    }

    @Test
    void ratiosAreUnknownWithoutBothNutrients() {
        assertEquals("2.5 / 3.75", render("{ratio.calcium_magnesium} / {ratio.calcium_magnesium_rda}",
                woman().age(60).intake(Nutrient.CALCIUM, 1000.0).intake(Nutrient.MAGNESIUM, 400.0).build()));
        assertEquals("unknown", render("{ratio.calcium_magnesium}",
                woman().intake(Nutrient.CALCIUM, 1000.0).intake(Nutrient.MAGNESIUM, 0.0).build()));
        assertEquals("unknown", render("{ratio.calcium_magnesium}", woman().intake(Nutrient.MAGNESIUM, 300.0).build()));
        assertEquals("unknown", render("{ratio.calcium_magnesium_rda}", Profile.builder("x").build()));
    }

    @Test
    void intakesInWordsSayNotKnownWhenFoodIsUnknown() {
        Profile profile = woman().intake(Nutrient.CALCIUM, 700.0)
                .supplement(Supplement.daily(Nutrient.CALCIUM, 500, DoseUnit.MG)).build();
        assertEquals("1,200 mg/day, food 700 mg/day; 1,200 (700 + 500); mg calcium",
                render("{calcium.intake}, food {calcium.food}; {calcium.total} ({calcium.dietary} + "
                        + "{calcium.supplemental}); {calcium.unit} {calcium.label}", profile));
        assertEquals("not known / not known / 500", render("{calcium.intake} / {calcium.food} / {calcium.supplemental}",
                woman().supplement(Supplement.daily(Nutrient.CALCIUM, 500, DoseUnit.MG)).build()));
        assertEquals("women aged 51-70 (IOM 2011): 1,000 / 1,200 / 2,000",
                render("{calcium.group} ({calcium.source}): {calcium.ear} / {calcium.rda} / {calcium.ul}",
                        woman().build()));
        assertEquals("unknown (unknown)", render("{calcium.group} ({calcium.source})",
                Profile.builder("child").age(10).build()));
    }

    @Test
    void personValuesAndUnknowns() {
        assertEquals("63 female 55.5 160 vegan 1.5 90 unknown",
                render("{person.age} {person.sex} {person.weight} {person.height} {person.diet} {person.soda} "
                        + "{person.exercise} {person.glucocorticoid_dose}", woman().weightKg(55.5).heightCm(160.0)
                        .diet(org.osteorisk.model.Diet.VEGAN).sodaPerDay(1.5).exerciseMinPerWeek(90.0).build()));
        assertEquals("unknown unknown", render("{person.age} {person.sex}", Profile.builder("x").build()));
    }

    @Test
    void anUnknownVariableIsRefusedNamingWhatExists() {
        for (String name : new String[] {"{calcium}", "{calcium.foo}", "{person.foo}", "{lab.foo}",
                "{lab.foo.reading}", "{threshold.soda_per_day_min.colour}", "{nonsense.total}", "{ratio.x}"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> render(name, woman().build()), name);
            assertTrue(e.getMessage().startsWith("unknown template variable " + name + "; use person.*"),
                    e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> render("{threshold.no_such_cut_off}", woman().build()));
        assertEquals("template variable {threshold.no_such_cut_off}: no threshold named no_such_cut_off in "
                + "reference/thresholds.csv", e.getMessage());
    }
}
