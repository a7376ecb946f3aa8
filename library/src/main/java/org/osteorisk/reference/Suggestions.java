package org.osteorisk.reference;

import java.util.Collection;

/** "Did you mean" for a misspelt name: the known name with the fewest edits, when it is close enough. */
public final class Suggestions {

    private Suggestions() {
    }

    /** {@code " (did you mean iom_2011?)"}, or an empty string when nothing is close. */
    public static String didYouMean(String wanted, Collection<String> known) {
        String best = closest(wanted, known);
        return best == null ? "" : " (did you mean " + best + "?)";
    }

    /** The known name closest to {@code wanted}, or null when none is within a third of its length. */
    public static String closest(String wanted, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(wanted, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, wanted.length() / 3) ? best : null;
    }

    /** Edits (insert, delete, substitute, swap two neighbours) that turn one name into the other. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
