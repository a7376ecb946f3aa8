package org.osteorisk.authoring.mutation;

/**
 * What became of one mutant.
 *
 * @param detail for a killed mutant, the case that noticed it; for an invalid one, why it did not load; else null
 */
public record MutantOutcome(Mutation mutation, Status status, String detail) {

    public enum Status {
        /** A case failed: the cases notice this mistake. */
        KILLED,
        /** Every case passed: the cases would not notice this mistake. */
        SURVIVED,
        /** The mutated rule set did not load; not counted in the score. */
        INVALID;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
