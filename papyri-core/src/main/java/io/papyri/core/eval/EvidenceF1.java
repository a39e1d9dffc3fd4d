package io.papyri.core.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * QASPER Evidence-F1 between predicted and gold evidence paragraphs, compared as exact strings.
 *
 * <p>As in the official evaluator, the matches are counted on sets, while precision and recall divide
 * by the list sizes (so a duplicated predicted paragraph lowers precision).
 */
public final class EvidenceF1 {

    private EvidenceF1() {
    }

    /**
     * Computes Evidence-F1.
     *
     * @param predicted the predicted evidence paragraphs
     * @param gold the gold evidence paragraphs
     * @return 1.0 when both are empty; otherwise F1 in [0, 1], 0 when nothing is shared
     */
    public static double score(List<String> predicted, List<String> gold) {
        if (predicted.isEmpty() && gold.isEmpty()) {
            return 1.0;
        }
        Set<String> shared = new HashSet<>(gold);
        shared.retainAll(new HashSet<>(predicted));
        if (shared.isEmpty()) {
            return 0.0;
        }
        double precision = shared.size() / (double) predicted.size();
        double recall = shared.size() / (double) gold.size();
        return 2 * precision * recall / (precision + recall);
    }
}
