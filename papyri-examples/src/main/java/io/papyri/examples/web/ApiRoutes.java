package io.papyri.examples.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.papyri.api.Answer;
import io.papyri.api.ChatMessage;
import io.papyri.api.ChatSession;
import io.papyri.api.FeedbackTarget;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.PaperMetadata;
import io.papyri.api.PaperRecord;
import io.papyri.api.Rating;
import io.papyri.api.RatingAggregate;
import io.papyri.api.Summary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The JSON API under {@code /api}: the operations of the pages, described in {@code /openapi.json}.
 * Field names are snake_case; errors are RFC 9457 problems.
 */
final class ApiRoutes {

    /** How long a progress stream waits for a paper before it gives up. */
    private static final long PREPARATION_TIMEOUT_SECONDS = 600;

    private final PaperReading reading;
    private final PaperPreparation preparation;
    private final RecentCache<String, String> summaryJson = RecentCache.bounded(512);

    ApiRoutes(PaperReading reading, PaperPreparation preparation) {
        this.reading = reading;
        this.preparation = preparation;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/search", this::search);
        routes.get("/api/library", this::library);
        routes.get("/api/papers/{id}", this::paper);
        routes.get("/api/papers/{id}/progress", this::progress);
        routes.get("/api/papers/{id}/summary", this::summary);
        routes.get("/api/papers/{id}/ratings", this::ratings);
        routes.post("/api/papers/{id}/answers", this::answer);
        routes.post("/api/papers/{id}/chats", this::startChat);
        routes.post("/api/papers/{id}/chats/{session}/messages", this::reply);
        routes.post("/api/ratings", this::rate);
    }

    private void search(Context ctx) {
        PaperReading.Search search = PaperReading.search(ctx.queryParam("q"), ctx.queryParam("category"),
                ctx.queryParam("from"), ctx.queryParam("to"), ctx.queryParam("sort"), ctx.queryParam("page"));
        RequestFacts facts = RequestFacts.of(ctx).put("query", search.query());
        List<PaperMetadata> results = facts.time("search", () -> reading.results(search));
        ObjectNode body = ApiJson.MAPPER.createObjectNode();
        body.put("page", search.page());
        body.put("page_size", PaperReading.PAGE_SIZE);
        body.set("results", ApiJson.tree(results));
        facts.put("results", String.valueOf(results.size()));
        json(ctx, 200, body);
    }

    private void library(Context ctx) {
        List<PaperRecord> records = RequestFacts.of(ctx).time("library", () -> reading.papyri().library());
        ArrayNode body = ApiJson.MAPPER.createArrayNode();
        for (PaperRecord record : records) {
            ObjectNode node = (ObjectNode) ApiJson.tree(record);
            node.set("ratings", ratingsOf(record.id()));
            body.add(node);
        }
        json(ctx, 200, body);
    }

    private void paper(Context ctx) {
        Paper paper = stored(ctx);
        ObjectNode body = (ObjectNode) ApiJson.tree(paper);
        body.set("ratings", ratingsOf(paper.id()));
        json(ctx, 200, body);
    }

    /** Server-sent events: each preparation step, ending with {@code ready} or {@code failed}. */
    private void progress(Context ctx) {
        PaperId id = PaperReading.paperId(ctx.pathParam("id"));
        RequestFacts.of(ctx).put("paper", id.toString());
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Accel-Buffering", "no");
        ctx.contentType("text/event-stream");
        OutputStream out = outputStream(ctx);
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (reading.stored(id).isPresent()) {
            event(out, "ready", "{\"step\":\"ready\"}");
            return;
        }
        preparation.follow(id, step -> {
            ObjectNode data = ApiJson.MAPPER.createObjectNode().put("step", step.name()).put("message", step.message());
            try {
                event(out, step.name(), data.toString());
            } catch (UncheckedIOException gone) {
                // the page went away: free this request's thread now rather than at the timeout
                done.complete(null);
                throw gone;
            }
            if (step.name().equals("ready") || step.name().equals("failed")) {
                done.complete(null);
            }
        });
        try {
            done.get(PREPARATION_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            event(out, "failed", "{\"step\":\"failed\",\"message\":\"The paper took too long; reload to try again.\"}");
        }
    }

    private void summary(Context ctx) {
        Paper paper = stored(ctx);
        var style = PaperReading.style(ctx.queryParam("style"));
        RequestFacts facts = RequestFacts.of(ctx);
        Summary summary = facts.time("summarize", () -> reading.summary(paper, style, Visitor.of(ctx)));
        facts.put("provider", summary.provenance().provider()).put("output", summary.outputId());
        // an output id names one exact output, so its JSON can be written once
        ctx.status(200).contentType("application/json")
                .result(summaryJson.get(summary.outputId(), id -> ApiJson.tree(summary).toString()).value());
    }

    private void ratings(Context ctx) {
        PaperId id = PaperReading.paperId(ctx.pathParam("id"));
        RequestFacts.of(ctx).put("paper", id.toString());
        json(ctx, 200, ratingsOf(id));
    }

    private void answer(Context ctx) {
        Paper paper = stored(ctx);
        JsonNode body = body(ctx);
        RequestFacts facts = RequestFacts.of(ctx);
        Answer answer = facts.time("answer", () -> reading.answer(paper, string(body, "question"), Visitor.of(ctx)));
        facts.put("provider", answer.provenance().provider()).put("output", answer.outputId());
        json(ctx, 200, ApiJson.tree(answer));
    }

    private void startChat(Context ctx) {
        Paper paper = stored(ctx);
        RequestFacts facts = RequestFacts.of(ctx);
        ChatSession session = facts.time("chat", () -> reading.startChat(paper, Visitor.of(ctx)));
        facts.put("provider", session.provenance().provider()).put("output", session.sessionId());
        json(ctx, 201, ApiJson.tree(session));
    }

    /** With {@code Accept: text/event-stream} the reply streams as {@code token} events, then one {@code message}. */
    private void reply(Context ctx) {
        Paper paper = stored(ctx);
        String sessionId = ctx.pathParam("session");
        JsonNode body = body(ctx);
        RequestFacts facts = RequestFacts.of(ctx);
        ChatSession updated = facts.time("chat",
                () -> reading.reply(paper, sessionId, string(body, "message"), Visitor.of(ctx)));
        ChatMessage reply = updated.messages().get(updated.messages().size() - 1);
        facts.put("provider", updated.provenance().provider()).put("output", reply.outputId());
        String accept = ctx.header("Accept");
        if (accept == null || !accept.toLowerCase(Locale.ROOT).contains("text/event-stream")) {
            json(ctx, 200, ApiJson.tree(reply));
            return;
        }
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Accel-Buffering", "no");
        ctx.contentType("text/event-stream");
        OutputStream out = outputStream(ctx);
        for (String token : tokens(reply.text())) {
            event(out, "token", ApiJson.MAPPER.createObjectNode().put("text", token).toString());
        }
        event(out, "message", ApiJson.tree(reply).toString());
    }

    private void rate(Context ctx) {
        JsonNode body = body(ctx);
        List<String> tags = new ArrayList<>();
        JsonNode tagNode = body.path("tags");
        if (!tagNode.isMissingNode() && !tagNode.isNull()) {
            if (!tagNode.isArray()) {
                throw Problem.badRequest("tags must be an array of strings.");
            }
            tagNode.forEach(t -> tags.add(t.asText()));
        }
        JsonNode score = body.path("score");
        if (!score.isMissingNode() && !score.isIntegralNumber()) {
            throw Problem.badRequest("score must be a whole number from 1 to 5.");
        }
        RequestFacts facts = RequestFacts.of(ctx);
        Rating rating = facts.time("rate", () -> reading.rate(optionalString(body, "output_id"),
                score.isMissingNode() ? null : score.intValue(), optionalString(body, "comment"), tags,
                Visitor.of(ctx), optionalString(body, "key")));
        facts.put("paper", rating.paperId().toString()).put("output", rating.outputId())
                .put("variant", rating.variant());
        json(ctx, 201, ApiJson.tree(rating));
    }

    private JsonNode ratingsOf(PaperId id) {
        ObjectNode ratings = ApiJson.MAPPER.createObjectNode();
        for (RatingAggregate aggregate : reading.ratings(id)) {
            ObjectNode node = ratings.putObject(FeedbackTarget.valueOf(aggregate.key()).name().toLowerCase(Locale.ROOT));
            node.put("count", aggregate.count());
            node.put("mean", aggregate.mean());
            ObjectNode distribution = node.putObject("distribution");
            aggregate.distribution().forEach((s, n) -> distribution.put(String.valueOf(s), n));
        }
        return ratings;
    }

    private Paper stored(Context ctx) {
        PaperId id = PaperReading.paperId(ctx.pathParam("id"));
        RequestFacts facts = RequestFacts.of(ctx).put("paper", id.toString());
        return facts.time("load", () -> reading.require(id));
    }

    private static JsonNode body(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new Problem(415, "Unsupported media type", "Send the body as JSON with Content-Type: application/json.");
        }
        try {
            JsonNode node = ApiJson.MAPPER.readTree(ctx.bodyAsBytes());
            if (node == null || !node.isObject()) {
                throw Problem.badRequest("The body must be a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw Problem.badRequest("The body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String string(JsonNode body, String field) {
        String value = optionalString(body, field);
        if (value == null) {
            throw Problem.badRequest("Give " + field + " as a string.");
        }
        return value;
    }

    private static String optionalString(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw Problem.badRequest(field + " must be a string.");
        }
        return node.asText();
    }

    /** Words with their following space, so the client shows the reply as it arrives. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i)))) {
                tokens.add(text.substring(start, i));
                start = i;
            }
        }
        return tokens;
    }

    static void json(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json").result(body.toString());
    }

    private static OutputStream outputStream(Context ctx) {
        try {
            ctx.res().setStatus(200);
            ctx.res().setContentType("text/event-stream;charset=utf-8");
            ctx.res().flushBuffer();
            return ctx.res().getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void event(OutputStream out, String name, String data) {
        try {
            out.write(("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the client went away", e);
        }
    }
}
