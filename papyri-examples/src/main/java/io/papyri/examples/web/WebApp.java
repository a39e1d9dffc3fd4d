package io.papyri.examples.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.papyri.api.FeedbackQuery;
import io.papyri.core.Papyri;
import io.papyri.core.experiment.Experiment;
import io.papyri.examples.worker.PaperQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The sample web app on a {@link Papyri} instance: pages, JSON API, OpenAPI document and Swagger UI,
 * metrics, health checks, one structured log line per request, and the defences (escaping, CSRF
 * tokens, per-client rate limits, body limits, CORS only when configured, an optional API key).
 */
public final class WebApp implements AutoCloseable {

    private static final Logger ACCESS = LoggerFactory.getLogger("io.papyri.web.access");
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Set<HandlerType> WRITES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);

    /** With a work queue: how often the store is checked for a paper a worker is reading, and for how long. */
    private static final Duration QUEUE_POLL = Duration.ofSeconds(1);
    private static final Duration QUEUE_PATIENCE = Duration.ofMinutes(10);

    private final Javalin javalin;
    private final WebMetrics metrics;
    private final ExecutorService preparing;

    private WebApp(Javalin javalin, WebMetrics metrics, ExecutorService preparing) {
        this.javalin = javalin;
        this.metrics = metrics;
        this.preparing = preparing;
    }

    /**
     * A listener to pass to {@link Papyri.Builder#listener} so that {@code /metrics} times each of
     * Papyri's stages; give the same one to {@link #start}.
     *
     * @return a new metrics listener
     */
    public static io.papyri.core.pipeline.PipelineListener metricsListener() {
        return new WebMetrics();
    }

    /**
     * Starts the app.
     *
     * @param papyri     the instance serving the requests; the caller closes it after the app
     * @param settings   where to listen and the limits
     * @param experiment the experiment whose variants serve users, if any
     * @param listener   the listener from {@link #metricsListener()} given to the Papyri builder, or null
     * @return the running app
     */
    public static WebApp start(Papyri papyri, WebSettings settings, Optional<Experiment> experiment,
                               io.papyri.core.pipeline.PipelineListener listener) {
        return start(papyri, settings, experiment, listener, Optional.empty());
    }

    /**
     * Starts the app, handing papers that are not in the store yet to the workers' queue.
     *
     * @param papyri     the instance serving the requests; its store must be the one the workers write
     * @param settings   where to listen and the limits
     * @param experiment the experiment whose variants serve users, if any
     * @param listener   the listener from {@link #metricsListener()} given to the Papyri builder, or null
     * @param workQueue  the workers' queue, or empty to prepare papers in this process; the caller closes it
     * @return the running app
     */
    public static WebApp start(Papyri papyri, WebSettings settings, Optional<Experiment> experiment,
                               io.papyri.core.pipeline.PipelineListener listener, Optional<PaperQueue> workQueue) {
        Objects.requireNonNull(papyri, "papyri");
        Objects.requireNonNull(settings, "settings");
        WebMetrics metrics = listener instanceof WebMetrics given ? given : new WebMetrics();
        ExecutorService preparing = Executors.newFixedThreadPool(2, daemonThreads());
        PaperReading reading = new PaperReading(papyri, experiment, metrics);
        PaperPreparation preparation = new PaperPreparation(papyri, preparing, workQueue, QUEUE_POLL, QUEUE_PATIENCE);
        ClientRateLimiter limiter = new ClientRateLimiter(settings.requestsPerMinute(), System::nanoTime);
        ApiRoutes api = new ApiRoutes(reading, preparation);
        PageRoutes pages = new PageRoutes(reading);
        Javalin javalin = Javalin.create(config -> configure(config, settings, metrics, limiter, api, pages, papyri));
        javalin.start(settings.host(), settings.port());
        return new WebApp(javalin, metrics, preparing);
    }

    private static void configure(JavalinConfig config, WebSettings settings, WebMetrics metrics,
                                  ClientRateLimiter limiter, ApiRoutes api, PageRoutes pages, Papyri papyri) {
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.staticFiles.enableWebjars();
        config.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = "/web/assets";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "max-age=3600");
        });
        if (!settings.corsOrigins().isEmpty()) {
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> settings.corsOrigins().forEach(rule::allowHost)));
        }
        config.requestLogger.http((ctx, millis) -> logRequest(ctx, millis, metrics));
        var routes = config.routes;
        routes.before(ctx -> guard(ctx, settings, limiter, metrics));
        api.register(routes);
        pages.register(routes);
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(resource("/web/openapi.json")));
        routes.get("/docs", ctx -> ctx.html(resource("/web/docs.html")));
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
        routes.get("/health/live", ctx -> ApiRoutes.json(ctx, 200, ApiJson.MAPPER.createObjectNode().put("status", "UP")));
        routes.get("/health/ready", ctx -> ready(ctx, papyri));
        // Javalin's own errors (such as a chunked body over the limit) would skip problem() otherwise
        routes.exception(HttpResponseException.class, (error, ctx) -> problem(ctx, error));
        routes.exception(Exception.class, (error, ctx) -> problem(ctx, error));
    }

    /** Request id, cookies, security headers, API key, CSRF check, rate limit and body limit, in that order. */
    private static void guard(Context ctx, WebSettings settings, ClientRateLimiter limiter, WebMetrics metrics) {
        String given = ctx.header("X-Request-Id");
        String requestId = given != null && REQUEST_ID.matcher(given).matches() ? given : newRequestId();
        ctx.header("X-Request-Id", requestId);
        RequestFacts.start(ctx, requestId, metrics);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                + " script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        Visitor.identify(ctx);
        boolean write = WRITES.contains(ctx.method());
        if (write) {
            requireApiKey(ctx, settings);
            requireSameSite(ctx, settings);
        }
        String length = ctx.header("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > settings.maxBodyBytes()) {
            throw new Problem(413, "Body too large", "The body has " + length + " bytes; the limit is "
                    + settings.maxBodyBytes() + ".");
        }
        if (write || isCostlyRead(ctx.path())) {
            long wait = limiter.acquire(ctx.ip());
            if (wait > 0) {
                throw new Problem(429, "Too many requests", "This client sent more than " + settings.requestsPerMinute()
                        + " costly requests in a minute; wait " + wait + " s.", wait);
            }
        }
    }

    private static boolean isCostlyRead(String path) {
        return path.equals("/search") || path.equals("/api/search") || path.endsWith("/progress");
    }

    private static void requireApiKey(Context ctx, WebSettings settings) {
        if (settings.apiKey().isEmpty()) {
            return;
        }
        String given = ctx.header("X-API-Key");
        String authorization = ctx.header("Authorization");
        if (given == null && authorization != null && authorization.startsWith("Bearer ")) {
            given = authorization.substring("Bearer ".length()).strip();
        }
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                settings.apiKey().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new Problem(401, "API key required", "This server asks for an API key on writes: send it in"
                    + " X-API-Key or Authorization: Bearer.");
        }
    }

    /** A browser's write must repeat its CSRF cookie in a header, which other sites cannot set. */
    private static void requireSameSite(Context ctx, WebSettings settings) {
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("null") && !sameOrigin(ctx, origin) && !settings.corsOrigins().contains(origin)) {
            throw new Problem(403, "Cross-site request refused", "Requests from " + origin + " may not change"
                    + " anything here; configure it with --cors-origin if it should.");
        }
        if (!Visitor.hasBrowserCookies(ctx)) {
            return;
        }
        String cookie = ctx.cookie(Visitor.CSRF_COOKIE);
        String header = ctx.header(Visitor.CSRF_HEADER);
        if (cookie == null || header == null || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
                header.getBytes(StandardCharsets.UTF_8))) {
            throw new Problem(403, "Missing CSRF token", "Send the page's CSRF token (the papyri_csrf cookie) in the "
                    + Visitor.CSRF_HEADER + " header; reload the page if it expired.");
        }
    }

    private static boolean sameOrigin(Context ctx, String origin) {
        String host = ctx.header("Host");
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    private static void ready(Context ctx, Papyri papyri) {
        ObjectNode body = ApiJson.MAPPER.createObjectNode();
        ObjectNode checks = body.putObject("checks");
        boolean up = check(checks, "store", () -> papyri.library());
        up &= check(checks, "feedback", () -> papyri.ratings(new FeedbackQuery(null, null, null, null, null, null, 0, 1)));
        body.put("status", up ? "UP" : "DOWN");
        ApiRoutes.json(ctx, up ? 200 : 503, body);
    }

    private static boolean check(ObjectNode checks, String name, Runnable probe) {
        try {
            probe.run();
            checks.put(name, "UP");
            return true;
        } catch (RuntimeException e) {
            checks.put(name, "DOWN: " + WebErrors.detail(e));
            return false;
        }
    }

    private static void problem(Context ctx, Exception error) {
        Problem problem = error instanceof HttpResponseException http && http.getStatus() == 404
                ? Problem.notFound("Nothing at " + ctx.path() + "; the pages start at / and the API is described"
                        + " at /openapi.json.")
                : WebErrors.problem(error);
        if (problem.status() >= 500) {
            LoggerFactory.getLogger(WebApp.class).warn("request {} failed", ctx.header("X-Request-Id"), error);
        }
        if (problem.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", String.valueOf(problem.retryAfterSeconds()));
        }
        boolean api = ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json")
                || (ctx.header("Accept") != null && ctx.header("Accept").contains("json"));
        if (api) {
            ObjectNode body = ApiJson.MAPPER.createObjectNode();
            body.put("type", "about:blank");
            body.put("title", problem.title());
            body.put("status", problem.status());
            body.put("detail", problem.getMessage());
            body.put("instance", ctx.path());
            String requestId = ctx.res().getHeader("X-Request-Id");
            body.put("request_id", requestId == null ? "" : requestId);
            ctx.status(problem.status()).contentType("application/problem+json").result(body.toString());
        } else {
            ctx.status(problem.status()).html(PageRoutes.errorPage(ctx, problem));
        }
    }

    private static void logRequest(Context ctx, Float millis, WebMetrics metrics) {
        String route;
        try {
            route = ctx.endpoint().path;
        } catch (RuntimeException e) {
            route = "(unmatched)";
        }
        int status = ctx.status().getCode();
        metrics.request(ctx.method().name(), route, status, millis);
        RequestFacts facts = ctx.attribute("papyri.facts");
        ObjectNode line = ApiJson.MAPPER.createObjectNode();
        line.put("request_id", facts != null ? facts.requestId() : String.valueOf(ctx.res().getHeader("X-Request-Id")));
        line.put("method", ctx.method().name());
        line.put("route", route);
        line.put("status", status);
        line.put("ms", Math.round(millis * 10) / 10.0);
        if (facts != null) {
            facts.facts().forEach(line::put);
            ObjectNode stages = line.putObject("stages_ms");
            facts.stageMillis().forEach((stage, ms) -> stages.put(stage, Math.round(ms * 10) / 10.0));
        }
        ACCESS.info(line.toString());
    }

    /** A random version-4 UUID; request ids need no secure random, whose lock requests would queue on. */
    private static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    static String resource(String path) {
        try (InputStream in = WebApp.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "papyri-web-prepare-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** @return the port the app listens on */
    public int port() {
        return javalin.port();
    }

    /** Stops the server and the preparation threads; the Papyri instance is the caller's to close. */
    @Override
    public void close() {
        javalin.stop();
        preparing.shutdownNow();
        metrics.close();
    }
}
