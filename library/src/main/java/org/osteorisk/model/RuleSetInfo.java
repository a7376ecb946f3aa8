package org.osteorisk.model;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.osteorisk.io.ResultJson;

/**
 * Identifies the exact rules that produced a result.
 *
 * @param name        from the rule set's manifest
 * @param version     from the rule set's manifest
 * @param fingerprint the first hex digits of a SHA-256 over every file of the rule set, so two rule sets that
 *                    differ in any character differ here even when their version was not changed
 */
@JsonSerialize(using = ResultJson.PartSerializer.class)
public record RuleSetInfo(String name, String version, String fingerprint) {

    @Override
    public String toString() {
        return name + " " + version + " (" + fingerprint + ")";
    }
}
