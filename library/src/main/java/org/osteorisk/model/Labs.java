package org.osteorisk.model;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Optional laboratory and densitometry values; each is null when not measured.
 *
 * @param serum25ohdNgMl   serum 25-hydroxyvitamin D, ng/mL
 * @param serumB12PgMl     serum vitamin B12, pg/mL
 * @param homocysteineUmolL plasma homocysteine, umol/L
 * @param tScore           lowest bone mineral density T-score
 */
public record Labs(@Nullable Double serum25ohdNgMl, @Nullable Double serumB12PgMl, @Nullable Double homocysteineUmolL, @Nullable Double tScore) {

    /** @throws ProfileValidationException naming each field whose value is outside its plausible range */
    public Labs {
        List<ProfileValidationException.Problem> problems = problems(serum25ohdNgMl, serumB12PgMl, homocysteineUmolL,
                tScore);
        if (!problems.isEmpty()) {
            throw new ProfileValidationException(null, problems);
        }
    }

    /** The fields whose values lie outside their plausible ranges. */
    static List<ProfileValidationException.Problem> problems(@Nullable Double serum25ohdNgMl,
            @Nullable Double serumB12PgMl, @Nullable Double homocysteineUmolL, @Nullable Double tScore) {
        List<ProfileValidationException.Problem> problems = new ArrayList<>();
        PlausibleRanges.SERUM_25OHD_NG_ML.check(serum25ohdNgMl, problems);
        PlausibleRanges.SERUM_B12_PG_ML.check(serumB12PgMl, problems);
        PlausibleRanges.HOMOCYSTEINE_UMOL_L.check(homocysteineUmolL, problems);
        PlausibleRanges.T_SCORE.check(tScore, problems);
        return problems;
    }

    /** 1 ng/mL of 25(OH)D = 2.496 nmol/L. */
    public static final double NMOL_PER_NG_25OHD = 2.496;
    /** 1 pg/mL of vitamin B12 = 0.738 pmol/L. */
    public static final double PMOL_PER_PG_B12 = 0.738;

    public static final Labs NONE = new Labs(null, null, null, null);

    /** Says which values are known, never the values: they are health data. */
    @Override
    public String toString() {
        return "Labs[serum25ohd " + known(serum25ohdNgMl) + ", serumB12 " + known(serumB12PgMl) + ", homocysteine "
                + known(homocysteineUmolL) + ", tScore " + known(tScore) + "]";
    }

    private static String known(@Nullable Double value) {
        return value == null ? "unknown" : "known";
    }
}
