package org.osteorisk.reference;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A term from a profile read as a code, when it is one: {@code icd10cm:E11.9}, {@code http://snomed.info/sct|44054006},
 * or a bare code whose shape says what it is. In the conditions, a bare number of 6 to 18 digits is a SNOMED CT
 * concept id and a letter, two digits and an optional part after a dot is ICD-10 (WHO or CM: both are tried); in the
 * medications, a bare number of up to 7 digits is an RxNorm id and an ATC code is a letter, two digits, and so on
 * ({@code A02BC01}, or a class such as {@code A02BC}). Anything else is a name.
 *
 * @param systems the systems to look the code up in, in order: one when the term names it
 * @param code    upper case, without spaces
 */
public record CodedTerm(List<CodeSystem> systems, String code) {

    private static final Pattern SNOMED = Pattern.compile("\\d{6,18}");
    private static final Pattern ICD = Pattern.compile("[A-Z]\\d[0-9A-Z](\\.?[0-9A-Z]{1,4})?");
    private static final Pattern RXNORM = Pattern.compile("\\d{1,7}");
    private static final Pattern ATC = Pattern.compile("[A-Z](\\d{2}([A-Z]([A-Z](\\d{2})?)?)?)?");

    /** What kind of entry a term is in: each allows other code systems. */
    public enum Field {
        CONDITIONS(List.of(CodeSystem.SNOMED_CT, CodeSystem.ICD_10, CodeSystem.ICD_10_CM)),
        MEDICATIONS(List.of(CodeSystem.ATC, CodeSystem.RXNORM));

        private final List<CodeSystem> systems;

        Field(List<CodeSystem> systems) {
            this.systems = systems;
        }
    }

    /** The term as a code, or null when it is a name. A system the field does not use makes it a name too. */
    public static CodedTerm parse(String term, Field field) {
        String text = term.trim();
        int bar = text.lastIndexOf('|');
        int colon = text.indexOf(':');
        String prefix = bar > 0 ? text.substring(0, bar) : colon > 0 && !text.startsWith("http") ? text.substring(0,
                colon) : null;
        if (prefix != null) {
            CodeSystem system = CodeSystem.named(prefix);
            String code = normalise(text.substring(prefix.length() + 1));
            return system != null && field.systems.contains(system) && !code.isEmpty()
                    ? new CodedTerm(List.of(system), code) : null;
        }
        String code = normalise(text);
        if (field == Field.CONDITIONS) {
            if (SNOMED.matcher(code).matches()) {
                return new CodedTerm(List.of(CodeSystem.SNOMED_CT), code);
            }
            if (ICD.matcher(code).matches()) {
                return new CodedTerm(List.of(CodeSystem.ICD_10_CM, CodeSystem.ICD_10), code);
            }
            return null;
        }
        if (RXNORM.matcher(code).matches()) {
            return new CodedTerm(List.of(CodeSystem.RXNORM), code);
        }
        // An ATC code has at least a letter and two digits: "A02", not a one-letter name.
        return code.length() >= 3 && ATC.matcher(code).matches() ? new CodedTerm(List.of(CodeSystem.ATC), code) : null;
    }

    /** Upper case, without spaces; ICD-10 codes keep or lose their dot alike ({@link CodeTable} ignores it). */
    static String normalise(String code) {
        return code.trim().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** The kind of value warnings name: the system's key when there is one, {@code icd_10} for a bare ICD code. */
    public String valueKind() {
        return systems.get(systems.size() - 1).key();
    }
}
