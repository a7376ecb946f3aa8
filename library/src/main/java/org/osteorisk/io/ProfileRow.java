package org.osteorisk.io;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.osteorisk.model.Profile;

/**
 * One data row of a profile file: a profile, or why the row could not be read. Every input row becomes one.
 *
 * @param line    the line the row starts on
 * @param id      the row's id, or null when it has none
 * @param profile the profile, or null when the row is bad
 * @param error   what is wrong, naming fields and columns but never health values; null when the row is good
 */
@NullMarked
public record ProfileRow(long line, @Nullable String id, @Nullable Profile profile, @Nullable String error) {

    public boolean ok() {
        return error == null;
    }
}
