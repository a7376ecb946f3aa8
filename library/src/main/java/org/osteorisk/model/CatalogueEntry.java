package org.osteorisk.model;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.osteorisk.io.ResultJson;

/**
 * What a rule set can report under one code, for apps that list, route or explain findings: the code's title,
 * severities, evidence, what it may ask for and its sources. {@code RuleSet.catalogue()} lists one per code.
 *
 * @param kind       a finding, or a scope notice (a status: the profile is out of scope)
 * @param severities every severity the code's rules report it with, least severe first; empty for a scope notice
 * @param advice     everything its recommendation may ask for, in any of its rules; a precaution's own restraints
 *                   included
 * @param precaution whether the code outranks other findings' advice (the rule set's reference/precautions.csv)
 */
@JsonSerialize(using = ResultJson.PartSerializer.class)
public record CatalogueEntry(String code, Kind kind, List<Severity> severities, Evidence evidence, String domain,
                             String title, List<Advice> advice, List<Source> sources, boolean precaution) {

    /** What a code reports. */
    public enum Kind {
        FINDING, SCOPE_NOTICE
    }

    public CatalogueEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        severities = List.copyOf(severities);
        advice = List.copyOf(advice);
        sources = List.copyOf(sources);
    }
}
