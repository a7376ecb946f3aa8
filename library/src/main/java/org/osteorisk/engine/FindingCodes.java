package org.osteorisk.engine;

/**
 * The finding codes of the bundled rule set, as constants, so that an app that routes or localises on a code finds a
 * typo at compile time: {@code result.has(FindingCodes.CALCIUM_BELOW_RDA)}. A code is stable: its meaning never
 * changes, and a new meaning gets a new code (docs/rule-catalogue.md). A rule set loaded from a folder may emit
 * other codes; {@link RuleSet#catalogue()} lists what any rule set can report. A test keeps this list equal to the
 * bundled rules' codes.
 */
public final class FindingCodes {

    public static final String ANTIRESORPTIVE_LOW_CA_D = "ANTIRESORPTIVE_LOW_CA_D";
    public static final String B12_AGE_50_ABSORPTION = "B12_AGE_50_ABSORPTION";
    public static final String B12_BELOW_RDA = "B12_BELOW_RDA";
    public static final String B12_DRUG_DEPLETION = "B12_DRUG_DEPLETION";
    public static final String B12_ELDERLY_MALE_FRACTURE = "B12_ELDERLY_MALE_FRACTURE";
    public static final String B12_FORM_NOTE = "B12_FORM_NOTE";
    public static final String B12_LAB_BORDERLINE = "B12_LAB_BORDERLINE";
    public static final String B12_LAB_DEFICIENT = "B12_LAB_DEFICIENT";
    public static final String B12_PLANT_BASED_NO_SUPPLEMENT = "B12_PLANT_BASED_NO_SUPPLEMENT";
    public static final String CALCIUM_ABOVE_UL = "CALCIUM_ABOVE_UL";
    public static final String CALCIUM_BELOW_EAR = "CALCIUM_BELOW_EAR";
    public static final String CALCIUM_BELOW_RDA = "CALCIUM_BELOW_RDA";
    public static final String CALCIUM_MAGNESIUM_RATIO_HIGH = "CALCIUM_MAGNESIUM_RATIO_HIGH";
    public static final String CALCIUM_PARADOX_CKD = "CALCIUM_PARADOX_CKD";
    public static final String CALCIUM_PARADOX_RISK = "CALCIUM_PARADOX_RISK";
    public static final String CALCIUM_WITHOUT_VITAMIN_D = "CALCIUM_WITHOUT_VITAMIN_D";
    public static final String CHRONIC_INFLAMMATION = "CHRONIC_INFLAMMATION";
    public static final String CKD_BONE_VASCULAR = "CKD_BONE_VASCULAR";
    public static final String DENOSUMAB_CKD_HYPOCALCAEMIA = "DENOSUMAB_CKD_HYPOCALCAEMIA";
    public static final String DIABETES_BONE_VASCULAR = "DIABETES_BONE_VASCULAR";
    public static final String ELDERLY_FALLS_CA_D = "ELDERLY_FALLS_CA_D";
    public static final String GLUCOCORTICOID_CA_D = "GLUCOCORTICOID_CA_D";
    public static final String GLUCOCORTICOID_DOSE_UNKNOWN = "GLUCOCORTICOID_DOSE_UNKNOWN";
    public static final String HIGH_IMPACT_WITH_OSTEOPOROSIS = "HIGH_IMPACT_WITH_OSTEOPOROSIS";
    public static final String HOMOCYSTEINE_HIGH = "HOMOCYSTEINE_HIGH";
    public static final String HYPERCALCAEMIA_CA_D_CAUTION = "HYPERCALCAEMIA_CA_D_CAUTION";
    public static final String HYPERPARATHYROIDISM_CA_D_CAUTION = "HYPERPARATHYROIDISM_CA_D_CAUTION";
    public static final String KIDNEY_STONES_CALCIUM_SUPPLEMENT = "KIDNEY_STONES_CALCIUM_SUPPLEMENT";
    public static final String MAGNESIUM_BELOW_EAR = "MAGNESIUM_BELOW_EAR";
    public static final String MAGNESIUM_BELOW_RDA = "MAGNESIUM_BELOW_RDA";
    public static final String MAGNESIUM_LIMITS_VITAMIN_D = "MAGNESIUM_LIMITS_VITAMIN_D";
    public static final String MAGNESIUM_POORLY_ABSORBED_FORM = "MAGNESIUM_POORLY_ABSORBED_FORM";
    public static final String MAGNESIUM_SUPPLEMENT_ABOVE_UL = "MAGNESIUM_SUPPLEMENT_ABOVE_UL";
    public static final String MALABSORPTION_CA_D = "MALABSORPTION_CA_D";
    public static final String MENOPAUSE_BONE_LOSS = "MENOPAUSE_BONE_LOSS";
    public static final String OST_HIGH_RISK = "OST_HIGH_RISK";
    public static final String OST_MODERATE_RISK = "OST_MODERATE_RISK";
    public static final String OUT_OF_SCOPE_AGE = "OUT_OF_SCOPE_AGE";
    public static final String OUT_OF_SCOPE_PREGNANCY = "OUT_OF_SCOPE_PREGNANCY";
    public static final String POSTMENOPAUSAL_NO_CA_D = "POSTMENOPAUSAL_NO_CA_D";
    public static final String SEDENTARY = "SEDENTARY";
    public static final String SMOKING = "SMOKING";
    public static final String SODA_MINERAL_LOSS = "SODA_MINERAL_LOSS";
    public static final String VITAMIN_D_ABOVE_UL = "VITAMIN_D_ABOVE_UL";
    public static final String VITAMIN_D_ANNUAL_BOLUS = "VITAMIN_D_ANNUAL_BOLUS";
    public static final String VITAMIN_D_BELOW_800_BONE_DISEASE = "VITAMIN_D_BELOW_800_BONE_DISEASE";
    public static final String VITAMIN_D_BELOW_RDA = "VITAMIN_D_BELOW_RDA";
    public static final String VITAMIN_D_LAB_DEFICIENT = "VITAMIN_D_LAB_DEFICIENT";
    public static final String VITAMIN_D_LAB_HIGH = "VITAMIN_D_LAB_HIGH";
    public static final String VITAMIN_D_LAB_INADEQUATE = "VITAMIN_D_LAB_INADEQUATE";
    public static final String VITAMIN_D_WITHOUT_K2 = "VITAMIN_D_WITHOUT_K2";
    public static final String VITAMIN_K_ANTAGONIST_DIET = "VITAMIN_K_ANTAGONIST_DIET";
    public static final String VITAMIN_K_BELOW_AI = "VITAMIN_K_BELOW_AI";
    public static final String VITAMIN_K_WARFARIN = "VITAMIN_K_WARFARIN";

    private FindingCodes() {
    }
}
