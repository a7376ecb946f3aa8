package org.osteorisk.reference;

import java.util.Map;
import java.util.Set;

/**
 * Medicines as profiles write them: generic names with their drug class, from {@code reference/medications.csv}
 * ({@code medication,class,source}), brand names from {@code reference/medication-brands.csv}
 * ({@code brand,medication,source}: {@code prilosec} is omeprazole), and codes from
 * {@code reference/medication-codes.csv} (WHO ATC, RxNorm: {@code atc:A02BC01} is omeprazole, a proton pump
 * inhibitor; {@code atc:A02BC} is any of them). Clinicians extend them with a row per drug or code.
 */
public final class MedicationClasses {

    static final String FILE = "medications.csv";
    static final String CODES_FILE = "medication-codes.csv";
    static final String BRANDS_FILE = "medication-brands.csv";
    private static final String NAME = "name";

    private final Map<String, String> classByName;
    private final Map<String, String> genericByBrand;
    private final CodeTable codes;

    MedicationClasses(Map<String, String> classByName, Map<String, String> genericByBrand, CodeTable codes) {
        this.classByName = Map.copyOf(classByName);
        this.genericByBrand = Map.copyOf(genericByBrand);
        this.codes = codes;
    }

    /** The class of a drug written as a generic or brand name, or null when the name is not in the tables. */
    public String classOf(String medication) {
        String name = TermMap.normalise(medication);
        return classByName.get(genericByBrand.getOrDefault(name, name));
    }

    /** What a medicine as written is: its generic name (when known) and class, or not recognised. */
    public TermResolution resolve(String term) {
        String drugClass = classOf(term);
        CodedTerm coded = drugClass == null ? CodedTerm.parse(term, CodedTerm.Field.MEDICATIONS) : null;
        if (coded == null) {
            String name = TermMap.normalise(term);
            return new TermResolution(drugClass == null ? null : genericByBrand.getOrDefault(name, name), drugClass,
                    NAME);
        }
        CodeTable.Entry entry = codes.lookup(coded);
        return entry == null ? new TermResolution(null, null, coded.valueKind())
                : new TermResolution(entry.concept(), entry.drugClass(), coded.valueKind());
    }

    static MedicationClasses load(RuleSetFiles files, ProblemList problems) {
        Map<String, String> classes = TermMap.load(ReferenceData.file(files, FILE), "medication",
                "class", problems);
        Set<String> known = Set.copyOf(classes.values());
        CodeTable codes = CodeTable.load(ReferenceData.file(files, CODES_FILE), "medication",
                true, (name, drugClass) -> {
                    if (!known.contains(drugClass)) {
                        return "class " + drugClass + " is not a class of " + FILE + "; add a drug of it there first";
                    }
                    if (name != null && !drugClass.equals(classes.get(name))) {
                        return name + " is not listed in " + FILE + " with class " + drugClass;
                    }
                    return null;
                }, problems);
        Map<String, String> brands = TermMap.load(ReferenceData.file(files, BRANDS_FILE),
                "brand", "medication", problems);
        brands.forEach((brand, generic) -> {
            if (!classes.containsKey(generic)) {
                problems.add(ReferenceData.file(files, BRANDS_FILE).displayName(), 0, 0, "brand " + brand + ": " + generic
                        + " is not a medication of " + FILE);
            }
        });
        return new MedicationClasses(classes, brands, codes);
    }
}
