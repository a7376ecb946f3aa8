package org.osteorisk.reference;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.osteorisk.model.Advice;
import org.osteorisk.model.AdviceAction;
import org.osteorisk.model.Nutrient;

/**
 * What advice may be about, from {@code reference/advice-targets.csv} ({@code target,kind,nutrient,label}): each
 * nutrient (from any source), each nutrient's supplements, lifestyle habits, tests and parts of care. The kind decides
 * which actions make sense ({@code test bone_density_scan}, never {@code increase bone_density_scan}) and which
 * advice contradicts which: {@code increase X_supplement} is held back by a restraint on {@code X_supplement} or on
 * the nutrient {@code X} itself, while {@code increase X} (more from food) is held back only by a restraint on {@code X}.
 */
public final class AdviceTargets {

    static final String FILE = "advice-targets.csv";
    private static final List<String> COLUMNS = List.of("target", "kind", "nutrient", "label");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /** The kinds of target, with the actions each allows. */
    public enum Kind {
        NUTRIENT(EnumSet.of(AdviceAction.INCREASE, AdviceAction.DECREASE, AdviceAction.LIMIT,
                AdviceAction.KEEP_STEADY, AdviceAction.REVIEW)),
        SUPPLEMENT(EnumSet.of(AdviceAction.INCREASE, AdviceAction.DECREASE, AdviceAction.STOP, AdviceAction.AVOID,
                AdviceAction.LIMIT, AdviceAction.KEEP_STEADY, AdviceAction.REVIEW, AdviceAction.SWITCH_FORM)),
        LIFESTYLE(EnumSet.of(AdviceAction.INCREASE, AdviceAction.DECREASE, AdviceAction.STOP, AdviceAction.AVOID,
                AdviceAction.LIMIT, AdviceAction.REVIEW)),
        TEST(EnumSet.of(AdviceAction.TEST, AdviceAction.REVIEW)),
        CARE(EnumSet.of(AdviceAction.REVIEW));

        private final Set<AdviceAction> actions;

        Kind(Set<AdviceAction> actions) {
            this.actions = actions;
        }

        public Set<AdviceAction> actions() {
            return actions;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One row: a target, its kind, the nutrient of a nutrient or supplement target, and how to say it. */
    public record Target(String name, Kind kind, Nutrient nutrient, String label) {
    }

    private final Map<String, Target> byName;
    /** Each nutrient's own target ({@code calcium}), which a restraint on it holds back its supplement too. */
    private final Map<Nutrient, String> nutrientTargets;

    AdviceTargets(Map<String, Target> byName) {
        this.byName = Map.copyOf(byName);
        Map<Nutrient, String> nutrients = new EnumMap<>(Nutrient.class);
        byName.values().stream().filter(t -> t.kind() == Kind.NUTRIENT).forEach(t -> nutrients.put(t.nutrient(), t.name()));
        this.nutrientTargets = nutrients;
    }

    public Target get(String name) {
        return byName.get(name);
    }

    /**
     * Checks that an advice names a known target with an action its kind allows.
     *
     * @throws IllegalArgumentException saying what is wrong, with the closest known target
     */
    public void check(Advice advice) {
        Target target = byName.get(advice.target());
        if (target == null) {
            throw new IllegalArgumentException("unknown advice target '" + advice.target() + "' in '" + advice + "'"
                    + Suggestions.didYouMean(advice.target(), byName.keySet()) + "; targets are listed in reference/"
                    + FILE);
        }
        if (!target.kind().actions().contains(advice.action())) {
            throw new IllegalArgumentException("'" + advice + "': a " + target.kind().key() + " target takes "
                    + String.join(", ", target.kind().actions().stream().map(AdviceAction::key).toList()));
        }
    }

    /**
     * Whether {@code restraint} holds back {@code increase}: same target, or a restraint on a nutrient against an
     * increase of that nutrient's supplements ({@code decrease calcium} holds back {@code increase calcium_supplement}).
     */
    public boolean contradicts(Advice restraint, Advice increase) {
        if (!restraint.action().restrains() || increase.action() != AdviceAction.INCREASE) {
            return false;
        }
        if (restraint.target().equals(increase.target())) {
            return true;
        }
        Target increased = byName.get(increase.target());
        return increased != null && increased.kind() == Kind.SUPPLEMENT
                && restraint.target().equals(nutrientTargets.get(increased.nutrient()));
    }

    static AdviceTargets load(RuleFile file, ProblemList problems) {
        Map<String, Target> rows = new LinkedHashMap<>();
        new DataFile(file.displayName(), problems).read(file, COLUMNS, row -> {
            String name = row.text("target");
            if (!NAME.matcher(name).matches()) {
                throw row.fail("target", "use lower case letters, digits and _ only");
            }
            if (rows.containsKey(name)) {
                throw row.fail("target", "defined twice");
            }
            Kind kind;
            try {
                kind = Kind.valueOf(row.text("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.fail("kind", "expected nutrient, supplement, lifestyle, test or care");
            }
            Nutrient nutrient = nutrient(row, kind);
            if (kind == Kind.NUTRIENT && !name.equals(nutrient.key())) {
                throw row.fail("target", "a nutrient target is named after its nutrient: " + nutrient.key());
            }
            rows.put(name, new Target(name, kind, nutrient, row.text("label")));
        });
        return new AdviceTargets(rows);
    }

    private static Nutrient nutrient(DataFile.Row row, Kind kind) {
        String text = row.optionalText("nutrient");
        boolean needed = kind == Kind.NUTRIENT || kind == Kind.SUPPLEMENT;
        if (text == null) {
            if (needed) {
                throw row.fail("nutrient", "required for a " + kind.key() + " target");
            }
            return null;
        }
        if (!needed) {
            throw row.fail("nutrient", "only nutrient and supplement targets name a nutrient");
        }
        try {
            return Nutrient.fromKey(text);
        } catch (IllegalArgumentException e) {
            throw row.fail("nutrient", e.getMessage());
        }
    }
}
