package org.osteorisk.engine;

import java.util.function.Function;

import org.osteorisk.model.MessageValue;

/**
 * A variable that explanations and recommendations may quote ({@code calcium.total}, {@code lab.serum_25ohd.reading}):
 * how to compute its typed value for one profile, and how a text shows that value.
 *
 * @param value null only for {@code {caution}}, whose value only the plan's resolution step knows
 */
record Variable(String name, Style style, Function<ProfileFacts, MessageValue> value) {

    /** How a text shows a variable's value: the words for nothing, how a list is joined, whether a unit is shown. */
    enum Style {
        /** The number alone ("1,200"); the text writes the unit. Unknown reads "unknown". */
        NUMBER("unknown"),
        /** The number and its unit ("700 mg/day"). Unknown reads "not known". */
        PER_DAY("not_known"),
        /** A measured value and its unit ("34 ng/mL"). Not measured reads "not measured". */
        READING("not_measured"),
        /** Text shown as it is. */
        TEXT("unknown"),
        /** A vocabulary word, translated by a message bundle. */
        TERM("unknown"),
        /** "a, b, c"; an empty list reads "none". */
        LIST("none"),
        /** "a, b and c"; an empty list reads "none". */
        LIST_AND("none"),
        /** A reference group: "women aged 51-70". */
        GROUP("unknown"),
        /** "diagnosis" or "T-score -2.6". */
        BONE_BASIS("unknown"),
        /** The reasons of the precautions that reworded a finding, joined by "; ". */
        CAUTION("none");

        private final String absent;

        Style(String absent) {
            this.absent = absent;
        }

        /** The word (a key of {@link Wording}) for a value that is unknown or an empty list. */
        String absent() {
            return absent;
        }
    }
}
