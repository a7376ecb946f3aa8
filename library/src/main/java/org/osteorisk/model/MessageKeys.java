package org.osteorisk.model;

import java.util.Objects;

/**
 * Where a finding's texts live in a message bundle: {@code CALCIUM_BELOW_RDA.title},
 * {@code CALCIUM_BELOW_RDA.explanation}, {@code CALCIUM_BELOW_RDA.recommendation}, or
 * {@code ....cautious_recommendation} for the cautious form. A code whose rules word a text differently has one key
 * per rule for that text: {@code CALCIUM_BELOW_EAR/Calcium below the EAR.recommendation}. An app that localises with
 * its own resource system uses these keys and the finding's {@link Finding#values() values}.
 */
public record MessageKeys(String title, String explanation, String recommendation) {

    public MessageKeys {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(recommendation, "recommendation");
    }

    /** The keys of a code whose texts have one wording: {@code CODE.title}, {@code CODE.explanation}, ... */
    public static MessageKeys of(String code, boolean cautious) {
        return new MessageKeys(code + ".title", code + ".explanation",
                code + (cautious ? ".cautious_recommendation" : ".recommendation"));
    }
}
