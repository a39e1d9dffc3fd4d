package io.papyri.core.eval;

import java.util.ArrayList;
import java.util.List;

/** Longest common subsequence of token sequences, as used by ROUGE-L and ROUGE-Lsum. */
final class LongestCommonSubsequence {

    private LongestCommonSubsequence() {
    }

    /** Length of the LCS, in O(|a|·|b|) time and O(|b|) memory. */
    static int length(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            String ai = a.get(i - 1);
            for (int j = 1; j <= b.size(); j++) {
                current[j] = ai.equals(b.get(j - 1))
                        ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    /**
     * Indices into {@code reference} of one LCS with {@code candidate}, ascending, chosen by the same
     * backtracking as {@code rouge-score}'s {@code _backtrack_norec}.
     */
    static List<Integer> referenceIndices(List<String> reference, List<String> candidate) {
        int rows = reference.size();
        int cols = candidate.size();
        int[][] table = new int[rows + 1][cols + 1];
        for (int i = 1; i <= rows; i++) {
            for (int j = 1; j <= cols; j++) {
                table[i][j] = reference.get(i - 1).equals(candidate.get(j - 1))
                        ? table[i - 1][j - 1] + 1
                        : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        List<Integer> reversed = new ArrayList<>();
        int i = rows;
        int j = cols;
        while (i > 0 && j > 0) {
            if (reference.get(i - 1).equals(candidate.get(j - 1))) {
                reversed.add(i - 1);
                i--;
                j--;
            } else if (table[i][j - 1] > table[i - 1][j]) {
                j--;
            } else {
                i--;
            }
        }
        List<Integer> result = new ArrayList<>(reversed.size());
        for (int k = reversed.size() - 1; k >= 0; k--) {
            result.add(reversed.get(k));
        }
        return result;
    }
}
