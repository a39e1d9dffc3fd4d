package io.papyri.core.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** QASPER / SQuAD token F1 between a predicted and a gold answer string. */
public final class AnswerF1 {

    private AnswerF1() {
    }

    /**
     * Token F1 over the multiset intersection of the {@linkplain AnswerNormalizer normalized} tokens.
     *
     * @param prediction the predicted answer
     * @param gold the gold answer
     * @return F1 in [0, 1]; 0 when no token is shared (including when either side is empty)
     */
    public static double score(String prediction, String gold) {
        List<String> predicted = AnswerNormalizer.tokens(prediction);
        List<String> expected = AnswerNormalizer.tokens(gold);
        Map<String, Integer> remaining = new HashMap<>();
        expected.forEach(t -> remaining.merge(t, 1, Integer::sum));
        int common = 0;
        for (String token : predicted) {
            Integer left = remaining.get(token);
            if (left != null && left > 0) {
                common++;
                remaining.put(token, left - 1);
            }
        }
        if (common == 0) {
            return 0.0;
        }
        double precision = common / (double) predicted.size();
        double recall = common / (double) expected.size();
        return 2 * precision * recall / (precision + recall);
    }
}
