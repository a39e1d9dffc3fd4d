package io.papyri.examples.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * The worker's own small HTTP server: {@code /health/live}, {@code /health/ready} and
 * {@code /metrics}, nothing else (the worker serves no API).
 *
 * <p>Live: the receive loop runs (or the worker is stopping on purpose). Ready: the queue answers
 * and the worker is not stopping; a readiness check also refreshes the queue-depth gauge.
 */
public final class WorkerHealth implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin javalin;

    private WorkerHealth(Javalin javalin) {
        this.javalin = javalin;
    }

    /**
     * Starts the server.
     *
     * @param host    the address to listen on, {@code 0.0.0.0} in a container
     * @param port    the port, 0 for any free one
     * @param worker  the worker whose state is reported
     * @param queue   the queue whose reachability makes the worker ready
     * @param metrics the metrics served at {@code /metrics}
     * @return the running server
     */
    public static WorkerHealth start(String host, int port, PaperWorker worker, PaperQueue queue, WorkerMetrics metrics) {
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(metrics, "metrics");
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/health/live", ctx -> live(ctx, worker));
            config.routes.get("/health/ready", ctx -> ready(ctx, worker, queue, metrics));
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape()));
        });
        javalin.start(host, port);
        return new WorkerHealth(javalin);
    }

    /** @return the port it listens on */
    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }

    private static void live(Context ctx, PaperWorker worker) {
        boolean up = worker.isAlive();
        json(ctx, up ? 200 : 503, JSON.createObjectNode().put("status", up ? "UP" : "DOWN"));
    }

    private static void ready(Context ctx, PaperWorker worker, PaperQueue queue, WorkerMetrics metrics) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode checks = body.putObject("checks");
        boolean up = true;
        try {
            long depth = queue.approximateDepth();
            metrics.queueDepth(depth);
            checks.put("queue", "UP");
            body.put("queue_depth", depth);
        } catch (RuntimeException e) {
            up = false;
            checks.put("queue", "DOWN");
            body.put("detail", e.getMessage());
        }
        if (worker.isStopping()) {
            up = false;
            checks.put("worker", "STOPPING");
        } else {
            checks.put("worker", worker.isAlive() ? "UP" : "DOWN");
            up &= worker.isAlive();
        }
        body.put("in_flight", worker.inFlight());
        body.put("status", up ? "UP" : "DOWN");
        json(ctx, up ? 200 : 503, body);
    }

    private static void json(Context ctx, int status, ObjectNode body) {
        ctx.status(status).contentType("application/json").result(body.toString());
    }
}
