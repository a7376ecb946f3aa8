package org.osteorisk.model;

import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.osteorisk.io.ResultJson;

/**
 * A finding that was reworded to its cautious form or withdrawn because a precaution on the same plan outranks its
 * advice: the audit trail of the plan's resolution step. A finding held back by two precautions is listed once per
 * precaution.
 *
 * @param code       the finding's code
 * @param resolution what became of it
 * @param by         the code of the precaution finding that outranks it
 * @param reason     why, in plain language, from the rule set's {@code reference/precautions.csv}
 */
@JsonSerialize(using = ResultJson.PartSerializer.class)
public record Suppression(String code, Resolution resolution, String by, String reason) {

    /** What became of a finding whose advice a precaution outranks. */
    public enum Resolution {
        /** Shown in its cautious form, whose advice the precaution allows. */
        REWORDED,
        /** Not shown: it has no cautious form, or that form also contradicts the precaution. */
        WITHDRAWN;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Resolution parse(String text) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "reword": case "reworded": return REWORDED;
                case "withdraw": case "withdrawn": return WITHDRAWN;
                default: throw new IllegalArgumentException("expected reword or withdraw");
            }
        }
    }

    public Suppression {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(reason, "reason");
    }
}
