package org.osteorisk.authoring.mutation;

import java.util.List;

/** Makes the mutations of one kind that a rule set's files allow. */
interface Mutator {

    List<Mutation> mutations(RuleSetText rules);
}
