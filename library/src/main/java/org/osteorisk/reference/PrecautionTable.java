package org.osteorisk.reference;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.osteorisk.model.Advice;
import org.osteorisk.model.Suppression.Resolution;

/**
 * The precedence of a rule set's plan, from {@code reference/precautions.csv} ({@code code,blocks,resolution,reason}):
 * when a person's plan holds the finding {@code code} (a drug interaction, a condition, a lab value, an intake at the
 * upper level), it outranks the advice listed in {@code blocks}; any other finding asking for that advice is reworded
 * to its cautious form or withdrawn ({@code resolution}), and the result says so, with {@code reason}.
 */
public final class PrecautionTable {

    public static final String FILE = "precautions.csv";
    private static final List<String> COLUMNS = List.of("code", "blocks", "resolution", "reason");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /**
     * One precaution.
     *
     * @param line the row's line in the file, so a later check can point at it
     */
    public record Precaution(String code, List<Advice> blocks, Resolution resolution, String reason, int line) {

        public boolean blocks(Advice advice) {
            return blocks.contains(advice);
        }
    }

    private final Map<String, Precaution> byCode;

    PrecautionTable(Map<String, Precaution> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /** The precaution a finding code stands for, or null when the code is not a precaution. */
    public Precaution of(String code) {
        return byCode.get(code);
    }

    public Collection<Precaution> all() {
        return byCode.values();
    }

    static PrecautionTable load(RuleFile file, AdviceTargets targets, ProblemList problems) {
        Map<String, Precaution> rows = new LinkedHashMap<>();
        new DataFile(file.displayName(), problems).read(file, COLUMNS, row -> {
            String code = row.text("code");
            if (!CODE.matcher(code).matches()) {
                throw row.fail("code", "a finding code: upper case letters, digits and _");
            }
            if (rows.containsKey(code)) {
                throw row.fail("code", "listed twice; put every advice it blocks in one row");
            }
            List<Advice> blocks;
            try {
                blocks = Advice.parseList(row.text("blocks"));
                blocks.forEach(targets::check);
            } catch (IllegalArgumentException e) {
                throw row.fail("blocks", e.getMessage());
            }
            if (blocks.isEmpty()) {
                throw row.fail("blocks", "a precaution blocks at least one advice");
            }
            Resolution resolution;
            try {
                resolution = Resolution.parse(row.text("resolution"));
            } catch (IllegalArgumentException e) {
                throw row.fail("resolution", e.getMessage());
            }
            rows.put(code, new Precaution(code, blocks, resolution, row.text("reason"), row.line()));
        });
        return new PrecautionTable(rows);
    }
}
