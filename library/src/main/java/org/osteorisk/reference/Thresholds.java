package org.osteorisk.reference;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The editable cut-offs of a rule set, from {@code reference/thresholds.csv}
 * ({@code name,value,unit,description,source}). Rules read them through the global {@code thresholds}:
 * {@code Person(sodaPerDay >= thresholds.value("soda_per_day_min"))}. Immutable and thread-safe.
 */
public final class Thresholds {

    static final String FILE = "thresholds.csv";
    private static final List<String> COLUMNS = List.of("name", "value", "unit", "description", "source");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final Map<String, Threshold> byName;

    public Thresholds(Collection<Threshold> thresholds) {
        Map<String, Threshold> map = new LinkedHashMap<>();
        thresholds.forEach(t -> map.put(t.name(), t));
        this.byName = map;
    }

    /**
     * The value of a named cut-off.
     *
     * @throws IllegalArgumentException for a name the file does not define (validation catches this at load time)
     */
    public double value(String name) {
        Threshold threshold = byName.get(name);
        if (threshold == null) {
            throw new IllegalArgumentException("no threshold named " + name + " in reference/" + FILE);
        }
        return threshold.value();
    }

    public Threshold get(String name) {
        return byName.get(name);
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    public Collection<Threshold> all() {
        return byName.values();
    }

    static Thresholds load(RuleFile file, SourceCatalog sources, ProblemList problems) {
        Map<String, Threshold> rows = new LinkedHashMap<>();
        new DataFile(file.displayName(), problems).read(file, COLUMNS, row -> {
            String name = row.text("name");
            if (!NAME.matcher(name).matches()) {
                throw row.fail("name", "use lower case letters, digits and _ only");
            }
            if (rows.containsKey(name)) {
                throw row.fail("name", "defined twice");
            }
            row.sources("source", sources);
            rows.put(name, new Threshold(name, row.number("value"), row.text("unit"),
                    row.text("description"), row.text("source")));
        });
        return new Thresholds(rows.values());
    }
}
