package org.osteorisk.model;

import java.util.List;
import java.util.Objects;

/**
 * Why a profile is outside what the rules are for (a child; pregnancy or lactation): the result then holds this
 * notice and no findings, because advice computed from adult reference values must never reach such a person.
 *
 * @param code           the notice's stable code: {@code OUT_OF_SCOPE_AGE}, {@code OUT_OF_SCOPE_PREGNANCY}
 * @param reason         the explanation, with the person's own values
 * @param recommendation where to go instead
 */
public record ScopeNotice(String code, String title, String reason, String recommendation, List<Source> sources) {

    public ScopeNotice {
        Objects.requireNonNull(code, "code");
        sources = List.copyOf(sources);
    }
}
