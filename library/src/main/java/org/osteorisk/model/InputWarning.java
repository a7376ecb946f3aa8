package org.osteorisk.model;

import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.jspecify.annotations.Nullable;
import org.osteorisk.io.ResultJson;

/**
 * A note about a profile's input that did not stop its assessment: a term the vocabulary does not know, a value
 * that was ignored, a reference value that could not be chosen. Structured, so an app can act on it and translate
 * it; it never quotes the value itself (a condition or a medicine is health data), only which entry it is.
 *
 * @param code      what happened
 * @param field     the input field: a CSV column / JSON key such as {@code conditions}, {@code age}, {@code calcium_mg}
 * @param index     for a list field, which entry (from 1); null otherwise
 * @param valueKind for an unrecognised term, what it was read as: {@code name}, {@code snomed_ct}, {@code icd_10},
 *                  {@code icd_10_cm}, {@code atc} or {@code rxnorm}; null otherwise
 * @param message   the same in plain English, without the value
 */
@JsonSerialize(using = ResultJson.PartSerializer.class)
public record InputWarning(Code code, String field, @Nullable Integer index, @Nullable String valueKind, String message) {

    /** What an input warning reports. */
    public enum Code {
        /** A condition or medication the rule set's vocabulary does not know: no rule uses it. */
        TERM_NOT_RECOGNISED,
        /** The age is unknown: adult reference values were used where they do not depend on age. */
        AGE_UNKNOWN,
        /** A nutrient's RDA depends on age and sex, which are not both known: not assessed against it. */
        REFERENCE_NEEDS_AGE_AND_SEX,
        /** Menopausal is yes for a man: ignored. */
        MENOPAUSAL_MALE_IGNORED,
        /** A pregnancy among the conditions of a man: ignored. */
        PREGNANCY_MALE_IGNORED;

        /** The code as files and JSON write it: {@code TERM_NOT_RECOGNISED}. */
        public String key() {
            return name();
        }

        public static Code parse(String text) {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
    }

    public InputWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** A warning about the whole field. */
    public static InputWarning of(Code code, String field, String message) {
        return new InputWarning(code, field, null, null, message);
    }
}
