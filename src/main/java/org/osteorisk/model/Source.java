package org.osteorisk.model;

import java.util.Objects;

/**
 * A reference a clinician can cite: a guideline, a study, a fact sheet or a web article, from the rule set's
 * {@code reference/sources.csv}. Rules cite sources by key.
 *
 * @param key        how rules and data files cite it: {@code iom_2011_calcium_vitamin_d}
 * @param label      a short name for running text: "IOM 2011"
 * @param authors    the authors or the issuing body; blank when unknown
 * @param title      the title
 * @param container  the journal (with volume, issue and pages) or the publisher or site
 * @param year       the year of publication; blank when unknown
 * @param identifier {@code doi:...} or {@code pmid:...}; blank when none
 * @param url        where to read it
 * @param kind       guideline, meta_analysis, trial, cohort, study, review, report, fact_sheet, label or web_article
 */
public record Source(String key, String label, String authors, String title, String container, String year,
                     String identifier, String url, String kind) {

    public Source {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(title, "title");
        authors = blankToEmpty(authors);
        container = blankToEmpty(container);
        year = blankToEmpty(year);
        identifier = blankToEmpty(identifier);
        url = blankToEmpty(url);
        kind = blankToEmpty(kind);
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.trim();
    }

    /** The full citation: "Authors (Year). Title. Container. doi:..." with what is known. */
    public String citation() {
        StringBuilder s = new StringBuilder();
        if (!authors.isEmpty()) {
            s.append(authors);
            s.append(year.isEmpty() ? ". " : " (" + year + "). ");
        } else if (!year.isEmpty()) {
            s.append("(").append(year).append(") ");
        }
        s.append(title.endsWith(".") || title.endsWith("?") ? title : title + ".");
        if (!container.isEmpty()) {
            s.append(' ').append(container).append('.');
        }
        if (!identifier.isEmpty()) {
            s.append(' ').append(identifier);
        }
        return s.toString();
    }
}
