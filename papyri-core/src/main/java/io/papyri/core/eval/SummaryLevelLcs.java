package io.papyri.core.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** ROUGE-Lsum: union-LCS over sentences, with each token's hits capped by its counts on both sides. */
final class SummaryLevelLcs {

    private SummaryLevelLcs() {
    }

    static RougeScore score(List<List<String>> predictionSentences, List<List<String>> referenceSentences) {
        if (predictionSentences.isEmpty() || referenceSentences.isEmpty()) {
            return RougeScore.ZERO;
        }
        int referenceLength = 0;
        int predictionLength = 0;
        Map<String, Integer> referenceCounts = new HashMap<>();
        Map<String, Integer> predictionCounts = new HashMap<>();
        for (List<String> sentence : referenceSentences) {
            referenceLength += sentence.size();
            sentence.forEach(t -> referenceCounts.merge(t, 1, Integer::sum));
        }
        for (List<String> sentence : predictionSentences) {
            predictionLength += sentence.size();
            sentence.forEach(t -> predictionCounts.merge(t, 1, Integer::sum));
        }
        if (referenceLength == 0 || predictionLength == 0) {
            return RougeScore.ZERO;
        }
        int hits = 0;
        for (List<String> reference : referenceSentences) {
            TreeSet<Integer> union = new TreeSet<>();
            for (List<String> candidate : predictionSentences) {
                union.addAll(LongestCommonSubsequence.referenceIndices(reference, candidate));
            }
            for (int index : union) {
                String token = reference.get(index);
                if (predictionCounts.getOrDefault(token, 0) > 0 && referenceCounts.getOrDefault(token, 0) > 0) {
                    hits++;
                    predictionCounts.merge(token, -1, Integer::sum);
                    referenceCounts.merge(token, -1, Integer::sum);
                }
            }
        }
        double precision = hits / (double) predictionLength;
        double recall = hits / (double) referenceLength;
        return new RougeScore(precision, recall, RougeScore.f1(precision, recall));
    }
}
