package org.osteorisk.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.osteorisk.model.Source;

/**
 * The references a rule set cites, from {@code reference/sources.csv}
 * ({@code key,label,authors,title,container,year,identifier,url,kind}). Rules and data files cite a source by its
 * key; every output shows the full citation, so no internal label ever reaches a reader.
 */
public final class SourceCatalog {

    static final String FILE = "sources.csv";
    private static final List<String> COLUMNS =
            List.of("key", "label", "authors", "title", "container", "year", "identifier", "url", "kind");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern IDENTIFIER = Pattern.compile("(doi:10\\.\\S+|pmid:\\d+)");
    /** The kinds of reference, from strongest to weakest in general (the evidence of a rule is judged per rule). */
    public static final Set<String> KINDS = Set.of("guideline", "meta_analysis", "trial", "cohort", "study", "review",
            "report", "fact_sheet", "label", "web_article");

    private final Map<String, Source> byKey;

    SourceCatalog(Map<String, Source> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** The source with this key, or null. */
    public Source get(String key) {
        return byKey.get(key);
    }

    public boolean contains(String key) {
        return byKey.containsKey(key);
    }

    public Collection<Source> all() {
        return byKey.values();
    }

    /**
     * The sources a cell cites ({@code key} or {@code key; key}), in order.
     *
     * @throws IllegalArgumentException naming the first unknown key, with the closest known one
     */
    public List<Source> resolve(String keys) {
        List<Source> sources = new ArrayList<>();
        for (String key : keys.split(";")) {
            String k = key.trim();
            if (k.isEmpty()) {
                continue;
            }
            Source source = byKey.get(k);
            if (source == null) {
                throw new IllegalArgumentException("no source '" + k + "' in reference/" + FILE
                        + Suggestions.didYouMean(k, byKey.keySet()) + "; cite sources by their key");
            }
            sources.add(source);
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no source given");
        }
        return List.copyOf(sources);
    }

    /** The short labels of the sources a cell cites, for running text: "IOM 2011; NIH ODS calcium fact sheet". */
    public String labels(String keys) {
        StringBuilder s = new StringBuilder();
        for (String key : keys.split(";")) {
            Source source = byKey.get(key.trim());
            if (source != null) {
                s.append(s.length() == 0 ? "" : "; ").append(source.label());
            }
        }
        return s.length() == 0 ? keys : s.toString();
    }

    static SourceCatalog load(RuleFile file, ProblemList problems) {
        Map<String, Source> rows = new LinkedHashMap<>();
        new DataFile(file.displayName(), problems).read(file, COLUMNS, row -> {
            String key = row.text("key");
            if (!KEY.matcher(key).matches()) {
                throw row.fail("key", "use lower case letters, digits and _ only");
            }
            if (rows.containsKey(key)) {
                throw row.fail("key", "defined twice");
            }
            String year = row.optionalText("year");
            if (year != null && !YEAR.matcher(year).matches()) {
                throw row.fail("year", "expected a four-digit year, or blank when unknown");
            }
            String identifier = row.optionalText("identifier");
            if (identifier != null && !IDENTIFIER.matcher(identifier).matches()) {
                throw row.fail("identifier", "expected doi:10.xxxx/... or pmid:digits, or blank");
            }
            String url = row.optionalText("url");
            if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
                throw row.fail("url", "expected an http(s) address, or blank");
            }
            String kind = row.text("kind");
            if (!KINDS.contains(kind)) {
                throw row.fail("kind", "expected one of " + String.join(", ", KINDS.stream().sorted().toList()));
            }
            if (url == null && identifier == null && !"web_article".equals(kind)) {
                throw row.fail("url", "a reference needs a url or an identifier so that a clinician can find it");
            }
            rows.put(key, new Source(key, row.text("label"), row.optionalText("authors"), row.text("title"),
                    row.optionalText("container"), year, identifier, url, kind));
        });
        return new SourceCatalog(rows);
    }
}
