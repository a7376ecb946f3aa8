package org.osteorisk.reference;

import java.util.List;
import java.util.Locale;

/**
 * The code systems a profile may give conditions and medications in. A coded term is written
 * {@code <system>:<code>} ({@code icd10:E11.9}, {@code snomed:44054006}, {@code atc:A02BC01}, {@code rxnorm:7646}),
 * or as a FHIR token {@code <system uri>|<code>} ({@code http://snomed.info/sct|44054006}); a bare code is read by its
 * shape (see {@link CodedTerm}).
 */
public enum CodeSystem {
    SNOMED_CT("snomed_ct", "http://snomed.info/sct", List.of("snomed", "snomedct", "snomed-ct", "sct")),
    ICD_10("icd_10", "http://hl7.org/fhir/sid/icd-10", List.of("icd10", "icd-10")),
    ICD_10_CM("icd_10_cm", "http://hl7.org/fhir/sid/icd-10-cm", List.of("icd10cm", "icd-10-cm")),
    ATC("atc", "http://www.whocc.no/atc", List.of()),
    RXNORM("rxnorm", "http://www.nlm.nih.gov/research/umls/rxnorm", List.of("rxcui"));

    private final String key;
    private final String uri;
    private final List<String> aliases;

    CodeSystem(String key, String uri, List<String> aliases) {
        this.key = key;
        this.uri = uri;
        this.aliases = aliases;
    }

    /** The name files and warnings use: {@code snomed_ct}, {@code icd_10}, {@code icd_10_cm}, {@code atc}, {@code rxnorm}. */
    public String key() {
        return key;
    }

    /** The system's canonical URI, as FHIR names it. */
    public String uri() {
        return uri;
    }

    /** The system a prefix or URI names (any case), or null. */
    static CodeSystem named(String text) {
        String name = text.trim().toLowerCase(Locale.ROOT);
        for (CodeSystem system : values()) {
            if (system.key.equals(name) || system.uri.equals(name) || system.aliases.contains(name)) {
                return system;
            }
        }
        return null;
    }

    /** Reads the name a data file uses. */
    static CodeSystem parse(String text) {
        CodeSystem system = named(text);
        if (system == null) {
            throw new IllegalArgumentException("unknown code system; expected snomed_ct, icd_10, icd_10_cm, atc or "
                    + "rxnorm");
        }
        return system;
    }
}
