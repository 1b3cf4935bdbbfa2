package org.collectivization.experiment;

import java.util.Collection;

/** "Did you mean ...?" for a mistyped key: the known key at the smallest edit distance. */
public final class Suggest {
    private Suggest() {}

    public static String didYouMean(String key, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            if (k.isEmpty()) continue;  // the root group has no name to suggest
            int d = distance(key, k);
            if (d < bestDistance || (d == bestDistance && best != null && k.compareTo(best) < 0)) {
                best = k;
                bestDistance = d;
            }
        }
        // A typo changes a letter or two (a third of a long key); a key that differs in every letter is no typo.
        if (best == null || bestDistance > Math.max(2, key.length() / 3) || bestDistance >= key.length()) return "";
        return "; did you mean '" + best + "'?";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
