package org.osteorisk.fhir;

/** The names of the measures in observation-codes.csv. */
final class Measure {
    static final String SERUM_25OHD = "serum_25ohd";
    static final String SERUM_B12 = "serum_b12";
    static final String HOMOCYSTEINE = "homocysteine";
    static final String WEIGHT = "weight";
    static final String HEIGHT = "height";
    static final String PREGNANCY_STATUS = "pregnancy_status";
    static final String TSCORE_LUMBAR_SPINE = "tscore_lumbar_spine";
    static final String TSCORE_FEMORAL_NECK = "tscore_femoral_neck";
    static final String TSCORE_TOTAL_HIP = "tscore_total_hip";

    private Measure() {
    }

    static boolean isTScore(String measure) {
        return measure.startsWith("tscore_");
    }
}
