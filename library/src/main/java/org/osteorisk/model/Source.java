package org.osteorisk.model;

import java.util.Objects;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.osteorisk.io.ResultJson;

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
@JsonSerialize(using = ResultJson.PartSerializer.class)
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

    /**
     * The full citation, with what is known: "Authors (Year). Title. Container. doi:...", or without authors
     * "Title. Container (Year). doi:...".
     */
    public String citation() {
        StringBuilder s = new StringBuilder();
        String when = year.isEmpty() ? "" : " (" + year + ")";
        if (!authors.isEmpty()) {
            s.append(authors).append(when).append(". ");
        }
        s.append(title);
        if (!container.isEmpty()) {
            s.append(endsSentence(title) ? " " : ". ").append(container);
            if (authors.isEmpty()) {
                s.append(when);
            }
        } else if (authors.isEmpty()) {
            s.append(when);
        }
        if (!endsSentence(s)) {
            s.append('.');
        }
        if (!identifier.isEmpty()) {
            s.append(' ').append(identifier);
        }
        return s.toString();
    }

    private static boolean endsSentence(CharSequence text) {
        char last = text.length() == 0 ? '.' : text.charAt(text.length() - 1);
        return last == '.' || last == '?' || last == '!';
    }
}
