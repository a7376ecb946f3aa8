package org.osteorisk.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.jspecify.annotations.Nullable;
import org.osteorisk.io.ResultJson;

/**
 * Why a profile is outside what the rules are for (a child; pregnancy or lactation): the result then holds this
 * notice and no findings, because advice computed from adult reference values must never reach such a person.
 *
 * @param code           the notice's stable code: {@code OUT_OF_SCOPE_AGE}, {@code OUT_OF_SCOPE_PREGNANCY}
 * @param reason         the explanation, with the person's own values
 * @param recommendation where to go instead
 * @param messageKeys    the keys of the texts in a message bundle; the reason is the {@code explanation}
 * @param values         the values the texts quote, as for a {@link Finding#values() finding}
 */
@JsonSerialize(using = ResultJson.PartSerializer.class)
public record ScopeNotice(String code, String title, String reason, String recommendation, List<Source> sources,
                          MessageKeys messageKeys, Map<String, @Nullable MessageValue> values) {

    public ScopeNotice {
        Objects.requireNonNull(code, "code");
        sources = List.copyOf(sources);
        Objects.requireNonNull(messageKeys, "messageKeys");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public ScopeNotice(String code, String title, String reason, String recommendation, List<Source> sources) {
        this(code, title, reason, recommendation, sources, MessageKeys.of(code, false), Map.of());
    }

    /** Names the code only: the reason quotes the person's values. */
    @Override
    public String toString() {
        return "ScopeNotice[code=" + code + "]";
    }
}
