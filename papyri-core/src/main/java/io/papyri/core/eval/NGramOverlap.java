package io.papyri.core.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** ROUGE-N: clipped n-gram multiset overlap between two token sequences. */
final class NGramOverlap {

    private NGramOverlap() {
    }

    static RougeScore score(List<String> prediction, List<String> reference, int n) {
        Map<String, Integer> predicted = count(prediction, n);
        Map<String, Integer> expected = count(reference, n);
        int matches = 0;
        for (Map.Entry<String, Integer> e : predicted.entrySet()) {
            matches += Math.min(e.getValue(), expected.getOrDefault(e.getKey(), 0));
        }
        return RougeScore.fromCounts(matches, total(predicted), total(expected));
    }

    private static Map<String, Integer> count(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            // Tokens contain only [a-z0-9], so a space cannot make two different n-grams collide.
            counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }

    private static int total(Map<String, Integer> counts) {
        int sum = 0;
        for (int c : counts.values()) {
            sum += c;
        }
        return sum;
    }
}
