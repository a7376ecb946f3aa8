package org.osteorisk.reference;

import java.util.Locale;

/** How terms from profiles are compared with the vocabularies: case, spaces and hyphens do not matter. */
final class TermMap {
    private TermMap() {
    }

    static String normalise(String term) {
        return term.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
