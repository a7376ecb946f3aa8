package org.osteorisk.model;

/**
 * Optional laboratory and densitometry values; each is null when not measured.
 *
 * @param serum25ohdNgMl   serum 25-hydroxyvitamin D, ng/mL
 * @param serumB12PgMl     serum vitamin B12, pg/mL
 * @param homocysteineUmolL plasma homocysteine, umol/L
 * @param tScore           lowest bone mineral density T-score
 */
public record Labs(Double serum25ohdNgMl, Double serumB12PgMl, Double homocysteineUmolL, Double tScore) {

    /** @throws IllegalArgumentException naming the field when a value is outside its plausible range */
    public Labs {
        PlausibleRanges.SERUM_25OHD_NG_ML.require(serum25ohdNgMl);
        PlausibleRanges.SERUM_B12_PG_ML.require(serumB12PgMl);
        PlausibleRanges.HOMOCYSTEINE_UMOL_L.require(homocysteineUmolL);
        PlausibleRanges.T_SCORE.require(tScore);
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

    private static String known(Double value) {
        return value == null ? "unknown" : "known";
    }
}
