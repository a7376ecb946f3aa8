package org.osteorisk.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osteorisk.model.Advice;
import org.osteorisk.model.Nutrient;
import org.osteorisk.reference.AdviceTargets;

/**
 * One entry of a rule's {@code @advice}: an advice, perhaps asked only for a nutrient that is low
 * ({@code increase calcium if low}). A rule that fires when calcium <em>or</em> vitamin D is low asks to raise only the
 * one that is, so a person with plenty of calcium is never told to take more.
 *
 * @param ifLow the advice applies only when its target's nutrient is low for the person (see
 *              {@link ProfileFacts#isLow(Nutrient)})
 */
public record AdviceItem(Advice advice, boolean ifLow) {

    private static final String IF_LOW = " if low";

    /** Reads {@code "increase calcium if low; review calcium_supplement"}, or {@code none}. */
    static List<AdviceItem> parseList(String text) {
        if (text.trim().equalsIgnoreCase(Advice.NONE)) {
            return List.of();
        }
        List<AdviceItem> items = new ArrayList<>();
        for (String entry : text.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String trimmed = entry.trim();
            boolean ifLow = trimmed.toLowerCase(Locale.ROOT).endsWith(IF_LOW);
            String advice = ifLow ? trimmed.substring(0, trimmed.length() - IF_LOW.length()) : trimmed;
            items.add(new AdviceItem(Advice.parse(advice), ifLow));
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no advice: write 'action target' entries separated by ';', or none");
        }
        return List.copyOf(items);
    }

    /**
     * Checks the advice against the targets; {@code if low} needs a nutrient or supplement target.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    void check(AdviceTargets targets) {
        targets.check(advice);
        if (ifLow && targets.get(advice.target()).nutrient() == null) {
            throw new IllegalArgumentException("'" + this + "': 'if low' needs a nutrient or supplement target");
        }
    }

    /** Whether the advice applies to this person. */
    boolean appliesTo(ProfileFacts facts, AdviceTargets targets) {
        return !ifLow || facts.isLow(targets.get(advice.target()).nutrient());
    }

    /** The advice that applies to one person, in order. */
    static List<Advice> forPerson(List<AdviceItem> items, ProfileFacts facts, AdviceTargets targets) {
        List<Advice> advice = new ArrayList<>(items.size());
        for (AdviceItem item : items) {
            if (item.appliesTo(facts, targets)) {
                advice.add(item.advice());
            }
        }
        return advice;
    }

    /** Every advice a rule may ask for, whoever the person is: for checks that hold for all people. */
    static List<Advice> possible(List<AdviceItem> items) {
        return items.stream().map(AdviceItem::advice).toList();
    }

    /** {@code increase calcium if low}, as written. */
    @Override
    public String toString() {
        return advice + (ifLow ? IF_LOW : "");
    }
}
