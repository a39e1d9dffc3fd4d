package io.papyri.examples.web;

import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one request did, for its log line and metrics: its id, the parameters that matter (paper,
 * provider, variant), the ids of what it produced, and the time each stage took.
 */
final class RequestFacts {

    private static final String ATTRIBUTE = "papyri.facts";

    private final String requestId;
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final Map<String, Double> stageMillis = new LinkedHashMap<>();
    private final WebMetrics metrics;

    private RequestFacts(String requestId, WebMetrics metrics) {
        this.requestId = requestId;
        this.metrics = metrics;
    }

    static RequestFacts start(Context ctx, String requestId, WebMetrics metrics) {
        RequestFacts facts = new RequestFacts(requestId, metrics);
        ctx.attribute(ATTRIBUTE, facts);
        return facts;
    }

    static RequestFacts of(Context ctx) {
        RequestFacts facts = ctx.attribute(ATTRIBUTE);
        if (facts == null) {
            throw new IllegalStateException("no request facts: the request filter did not run");
        }
        return facts;
    }

    /** Notes a fact such as {@code paper}, {@code provider}, {@code variant} or {@code output}. */
    synchronized RequestFacts put(String name, String value) {
        if (value != null && !value.isEmpty()) {
            facts.put(name, value);
        }
        return this;
    }

    /** Runs a stage of the request, timing it. */
    <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            double millis = (System.nanoTime() - start) / 1e6;
            synchronized (this) {
                stageMillis.merge(stage, millis, Double::sum);
            }
            metrics.webStage(stage, millis);
        }
    }

    String requestId() {
        return requestId;
    }

    synchronized Map<String, String> facts() {
        return new LinkedHashMap<>(facts);
    }

    synchronized Map<String, Double> stageMillis() {
        return new LinkedHashMap<>(stageMillis);
    }
}
