package org.osteorisk.model;

/**
 * A fact about one profile in working memory. Several profiles may share one rule session, so a rule that
 * matches more than one fact joins them on {@code profileId}.
 */
public interface ProfileFact {
    String profileId();
}
