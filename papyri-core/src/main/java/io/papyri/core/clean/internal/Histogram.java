package io.papyri.core.clean.internal;

import java.util.HashMap;
import java.util.Map;

/** Weighted counts of values rounded into bins, to find the most common one. */
final class Histogram {

    private final double bin;
    private final Map<Long, Double> weights = new HashMap<>();
    private int count;

    Histogram(double bin) {
        this.bin = bin;
    }

    void add(double value, double weight) {
        weights.merge(Math.round(value / bin), weight, Double::sum);
        count++;
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }

    int count() {
        return count;
    }

    /** @return the centre of the heaviest bin; ties go to the smaller value */
    double mode() {
        long best = 0;
        double bestWeight = -1;
        for (Map.Entry<Long, Double> e : weights.entrySet()) {
            if (e.getValue() > bestWeight || (e.getValue() == bestWeight && e.getKey() < best)) {
                best = e.getKey();
                bestWeight = e.getValue();
            }
        }
        return best * bin;
    }
}
