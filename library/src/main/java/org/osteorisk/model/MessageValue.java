package org.osteorisk.model;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.jspecify.annotations.Nullable;
import org.osteorisk.io.ResultJson;

/**
 * A value that a finding's texts quote, typed, so that an app can show it in its own widgets, or render the texts in
 * another language with a message bundle. A finding's {@link Finding#values() values} map each template variable
 * ({@code calcium.total}, {@code threshold.serum_25ohd_inadequate_below}, {@code person.bone_status}) to one of
 * these; a value that is unknown for the person maps to null.
 *
 * <p>In JSON: an {@link Amount} is {@code {"value": 650, "unit": "mg/day"}}, a {@link Text} a string, a
 * {@link Term} {@code {"term": "osteopenia"}}, {@link Texts} an array of strings, {@link Terms}
 * {@code {"terms": ["calcium", "vitamin_d"]}} and a {@link Group} {@code {"sex": "female", "age_from": 51,
 * "age_to": 70}}.
 *
 * <p>{@code toString()} names the kind of value, never the value: it may be a health value.
 */
@JsonSerialize(using = ResultJson.PartSerializer.class)
public sealed interface MessageValue {

    /** A number with its unit ({@code mg/day}, {@code ng/mL}, {@code years}); the unit is empty for a pure number. */
    record Amount(double value, String unit) implements MessageValue {
        public Amount {
            Objects.requireNonNull(unit, "unit");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("an amount is a finite number");
            }
        }

        @Override
        public String toString() {
            return "Amount[" + unit + "]";
        }
    }

    /** Text shown as it is, in any language: a medicine's name as written, a source's label. */
    record Text(String text) implements MessageValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            return "Text[]";
        }
    }

    /**
     * A word from the rule set's vocabulary that a message bundle translates: a nutrient ({@code vitamin_d}), a sex
     * ({@code female}), a diet, a bone status ({@code osteopenia}), a condition ({@code chronic_kidney_disease}),
     * or a precaution's code. Bundles name it {@code term.<key>} (a precaution: {@code precaution.<CODE>}).
     */
    record Term(String key) implements MessageValue {
        public Term {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String toString() {
            return "Term[]";
        }
    }

    /** A list of texts shown as they are: medicines as written, supplements as described. */
    record Texts(List<String> items) implements MessageValue {
        public Texts {
            items = List.copyOf(items);
        }

        @Override
        public String toString() {
            return "Texts[" + items.size() + "]";
        }
    }

    /** A list of vocabulary words ({@link Term} keys): the low nutrients, the conditions, the precautions. */
    record Terms(List<String> keys) implements MessageValue {
        public Terms {
            keys = List.copyOf(keys);
        }

        @Override
        public String toString() {
            return "Terms[" + keys.size() + "]";
        }
    }

    /**
     * The group a reference intake applies to: "women aged 51-70", "adults aged 19+".
     *
     * @param sex     null when the band is for both sexes
     * @param ageTo   null when the band is open-ended
     */
    record Group(@Nullable Sex sex, int ageFrom, @Nullable Integer ageTo) implements MessageValue {
        @Override
        public String toString() {
            return "Group[]";
        }
    }
}
