package io.papyri.examples.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.papyri.examples.cli.GeneratedPaper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The JSON API end to end over HTTP on the generated paper, with arXiv played by a WireMock server
 * (127.0.0.1, dynamic port) serving a recorded arXiv answer from the shared corpus.
 */
class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The ids of search-testing-start10-max10.atom.xml, in feed order. */
    private static final List<String> SEARCH_IDS = List.of("2403.16981v2", "2004.03322v1", "1912.09881v1",
            "2406.19956v3", "1912.04900v1", "2301.05651v1", "1605.01097v1", "2301.13615v1", "2407.18756v1",
            "2202.06271v1");

    @TempDir
    static Path dir;

    private static WireMockServer arxiv;
    private static WebFixture web;
    private static String id;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        arxiv = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        arxiv.start();
        String base = "http://127.0.0.1:" + arxiv.port();
        web = WebFixture.start(dir, WebSettings.local(0), GeneratedPaper.TITLE,
                Map.of("papyri.arxiv.api-url", base + "/api/query", "papyri.arxiv.pdf-url", base + "/pdf/",
                        "papyri.arxiv.min-interval", "PT0S", "papyri.arxiv.max-retries", "0"),
                Optional.empty());
        id = web.paper().id().toString();
    }

    @AfterAll
    static void stop() {
        try {
            if (web != null) {
                web.close();
            }
        } finally {
            if (arxiv != null) {
                arxiv.stop();
            }
        }
    }

    // --- reading

    @Test
    void libraryListsThePaperWithItsRatings() throws Exception {
        JsonNode library = json(web.get("/api/library"), 200);

        assertThat(library.isArray()).isTrue();
        assertThat(library).anySatisfy(record -> {
            assertThat(record.path("id").asText()).isEqualTo(id);
            assertThat(record.path("title").asText()).isEqualTo(GeneratedPaper.TITLE);
            assertThat(record.path("authors").isArray()).isTrue();
            assertThat(record.path("pdf_sha256").asText()).matches("[0-9a-f]{64}");
            assertThat(record.path("created").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
            assertThat(record.path("ratings").isObject()).as(record.toString()).isTrue();
        });
    }

    @Test
    void paperHasTitleAndSectionsWithPages() throws Exception {
        JsonNode paper = json(web.get("/api/papers/" + id), 200);

        assertThat(paper.path("id").asText()).isEqualTo(id);
        assertThat(paper.path("title").asText()).isEqualTo(GeneratedPaper.TITLE);
        assertThat(paper.path("abstract_text").asText()).isNotBlank();
        assertThat(paper.path("sections").size()).isGreaterThanOrEqualTo(2);
        for (JsonNode section : paper.path("sections")) {
            assertThat(section.path("heading").asText()).isNotBlank();
            assertThat(section.path("page").asInt()).isPositive();
            assertThat(section.path("paragraphs").size()).isPositive();
        }
        assertThat(paper.path("ratings").isObject()).isTrue();
        assertThat(paper.has("abstractText")).as("snake_case only").isFalse();
    }

    @Test
    void summariesOfEachStyleCiteTheirSourceSectionAndPage() throws Exception {
        for (String style : List.of("tldr", "abstract", "sections")) {
            JsonNode summary = json(web.get("/api/papers/" + id + "/summary?style=" + style), 200);

            assertThat(summary.path("output_id").asText()).as(style).startsWith("summary-");
            assertThat(summary.path("paper_id").asText()).isEqualTo(id);
            assertThat(summary.path("style").asText()).isEqualToIgnoringCase(style);
            assertThat(summary.path("sentences").size()).as(summary.toString()).isPositive();
            for (JsonNode sentence : summary.path("sentences")) {
                assertThat(sentence.path("text").asText()).isNotBlank();
                assertThat(sentence.path("source").path("section").asText()).as(sentence.toString()).isNotBlank();
                assertThat(sentence.path("source").path("page").asInt()).as(sentence.toString()).isPositive();
                assertThat(sentence.path("source").path("text").asText()).contains(sentence.path("text").asText());
            }
            assertThat(summary.path("provenance").path("provider").asText()).isNotBlank();
        }
    }

    @Test
    void anAnswerHasTextKindConfidenceAndEvidence() throws Exception {
        JsonNode answer = json(web.post("/api/papers/" + id + "/answers", "{\"question\":\"What is the method?\"}"), 200);

        assertThat(answer.path("output_id").asText()).isNotBlank();
        assertThat(answer.path("question").asText()).isEqualTo("What is the method?");
        assertThat(answer.path("text").asText()).isNotBlank();
        assertThat(answer.path("kind").asText()).isIn("EXTRACTIVE", "ABSTRACTIVE", "YES_NO", "UNANSWERABLE");
        assertThat(answer.path("confidence").isNumber()).isTrue();
        assertThat(answer.path("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(answer.path("evidence").size()).isPositive();
        JsonNode passage = answer.path("evidence").get(0).path("passage");
        assertThat(passage.path("section").asText()).isNotBlank();
        assertThat(passage.path("page").asInt()).isPositive();
    }

    @Test
    void aChatRepliesAsJsonAndAsAStreamOfTokens() throws Exception {
        JsonNode session = json(web.post("/api/papers/" + id + "/chats", "{}"), 201);
        String sessionId = session.path("session_id").asText();
        assertThat(sessionId).isNotBlank();
        assertThat(session.path("paper_id").asText()).isEqualTo(id);
        assertThat(session.path("messages").isArray()).isTrue();
        String messages = "/api/papers/" + id + "/chats/" + sessionId + "/messages";

        JsonNode reply = json(web.post(messages, "{\"message\":\"What is the method?\"}"), 200);

        assertThat(reply.path("role").asText()).isEqualTo("ASSISTANT");
        assertThat(reply.path("text").asText()).isNotBlank();
        assertThat(reply.path("output_id").asText()).isNotBlank();
        assertThat(reply.path("citations").isArray()).isTrue();

        HttpResponse<String> stream = web.post(messages, "{\"message\":\"And what are the results?\"}",
                "Accept", "text/event-stream");

        assertThat(stream.statusCode()).as(stream.body()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Matcher events = Pattern.compile("event: (\\S+)\ndata: (.*)\n\n").matcher(stream.body());
        StringBuilder tokens = new StringBuilder();
        int tokenCount = 0;
        JsonNode message = null;
        while (events.find()) {
            JsonNode data = JSON.readTree(events.group(2));
            if (events.group(1).equals("token")) {
                assertThat(message).as("tokens come before the message").isNull();
                tokens.append(data.path("text").asText());
                tokenCount++;
            } else {
                assertThat(events.group(1)).isEqualTo("message");
                message = data;
            }
        }
        assertThat(tokenCount).as(stream.body()).isGreaterThan(1);
        assertThat(message).as(stream.body()).isNotNull();
        assertThat(message.path("text").asText()).isNotBlank().isEqualTo(tokens.toString());
        assertThat(message.path("output_id").asText()).isNotBlank().isNotEqualTo(reply.path("output_id").asText());
    }

    @Test
    void aRatingIsStoredAndCountedForThePaper() throws Exception {
        JsonNode summary = json(web.get("/api/papers/" + id + "/summary?style=abstract"), 200);
        String outputId = summary.path("output_id").asText();

        JsonNode rating = json(web.post("/api/ratings", "{\"output_id\":\"" + outputId
                + "\",\"score\":4,\"comment\":\"Clear.\",\"tags\":[\"clear\"],\"key\":\"api-test-rating-1\"}",
                "X-Papyri-User", "api-tester"), 201);

        assertThat(rating.path("output_id").asText()).isEqualTo(outputId);
        assertThat(rating.path("score").asInt()).isEqualTo(4);
        assertThat(rating.path("target").asText()).isEqualTo("SUMMARY");
        assertThat(rating.path("paper_id").asText()).isEqualTo(id);
        assertThat(rating.path("rater_id").asText()).isEqualTo("api-tester");
        assertThat(rating.path("idempotency_key").asText()).isEqualTo("api-test-rating-1");
        assertThat(rating.path("tags")).extracting(JsonNode::asText).containsExactly("clear");

        // the same key again is the same rating; with another score it is a conflict
        JsonNode again = json(web.post("/api/ratings", "{\"output_id\":\"" + outputId
                + "\",\"score\":4,\"comment\":\"Clear.\",\"tags\":[\"clear\"],\"key\":\"api-test-rating-1\"}",
                "X-Papyri-User", "api-tester"), 201);
        assertThat(again.path("at").asText()).isEqualTo(rating.path("at").asText());
        problem(web.post("/api/ratings", "{\"output_id\":\"" + outputId
                + "\",\"score\":2,\"key\":\"api-test-rating-1\"}", "X-Papyri-User", "api-tester"), 409);

        JsonNode ratings = json(web.get("/api/papers/" + id + "/ratings"), 200);

        assertThat(ratings.path("summary").path("count").asLong()).as(ratings.toString()).isEqualTo(1);
        assertThat(ratings.path("summary").path("mean").asDouble()).isEqualTo(4.0);
        assertThat(ratings.path("summary").path("distribution").path("4").asLong()).isEqualTo(1);
        JsonNode library = json(web.get("/api/library"), 200);
        assertThat(library).anySatisfy(record -> assertThat(record.path("ratings").path("summary").path("count").asLong())
                .isEqualTo(1));
    }

    // --- problems

    @Test
    void anEmptyOrTooLongQuestionIsABadRequestNamingTheField() throws Exception {
        String answers = "/api/papers/" + id + "/answers";
        assertThat(problem(web.post(answers, "{\"question\":\"\"}"), 400).path("detail").asText()).contains("question");
        assertThat(problem(web.post(answers, "{\"question\":\"" + "a".repeat(1001) + "\"}"), 400).path("detail").asText())
                .contains("question").contains("1000");
        assertThat(problem(web.post(answers, "{}"), 400).path("detail").asText()).contains("question");
        assertThat(problem(web.post(answers, "{\"question\":42}"), 400).path("detail").asText()).contains("question");
    }

    @Test
    void aTooLongChatMessageIsABadRequest() throws Exception {
        String sessionId = json(web.post("/api/papers/" + id + "/chats", "{}"), 201).path("session_id").asText();
        assertThat(problem(web.post("/api/papers/" + id + "/chats/" + sessionId + "/messages",
                "{\"message\":\"" + "a".repeat(2001) + "\"}"), 400).path("detail").asText()).contains("message");
        assertThat(problem(web.post("/api/papers/" + id + "/chats/no-such-session/messages",
                "{\"message\":\"hello\"}"), 404, 400).path("detail").asText()).contains("no-such-session");
    }

    @Test
    void aScoreOutsideOneToFiveIsABadRequest() throws Exception {
        String outputId = json(web.get("/api/papers/" + id + "/summary?style=tldr"), 200).path("output_id").asText();
        for (String score : List.of("0", "6", "4.5", "\"4\"")) {
            JsonNode problem = problem(web.post("/api/ratings", "{\"output_id\":\"" + outputId + "\",\"score\":" + score + "}"), 400);
            assertThat(problem.path("detail").asText()).as(score).contains("score");
        }
        assertThat(problem(web.post("/api/ratings", "{\"output_id\":\"" + outputId + "\"}"), 400).path("detail").asText())
                .contains("score");
        String tooMany = "[" + String.join(",", java.util.Collections.nCopies(21, "\"t\"")) + "]";
        assertThat(problem(web.post("/api/ratings", "{\"output_id\":\"" + outputId + "\",\"score\":3,\"tags\":" + tooMany + "}"), 400)
                .path("detail").asText()).contains("tag");
        assertThat(problem(web.post("/api/ratings", "{\"output_id\":\"" + outputId + "\",\"score\":3,\"tags\":[\""
                + "t".repeat(65) + "\"]}"), 400).path("detail").asText()).contains("tag");
        assertThat(problem(web.post("/api/ratings", "{\"output_id\":\"" + outputId + "\",\"score\":3,\"comment\":\""
                + "c".repeat(4001) + "\"}"), 400).path("detail").asText()).contains("comment");
        assertThat(problem(web.post("/api/ratings", "{\"score\":3}"), 400).path("detail").asText()).contains("output_id");
        assertThat(problem(web.post("/api/ratings", "{\"output_id\":\"" + outputId + "\",\"score\":3,\"tags\":\"x\"}"), 400)
                .path("detail").asText()).contains("tags");
    }

    @Test
    void anUnknownOutputIdIsNotFound() throws Exception {
        JsonNode problem = problem(web.post("/api/ratings", "{\"output_id\":\"summary-000000000000000000000000\",\"score\":3}"), 404);
        assertThat(problem.path("detail").asText()).isNotBlank();
    }

    @Test
    void anUnknownStyleOrAPageOutOfRangeIsABadRequest() throws Exception {
        assertThat(problem(web.get("/api/papers/" + id + "/summary?style=poem"), 400).path("detail").asText())
                .contains("poem").contains("tldr");
        assertThat(problem(web.get("/api/search?q=testing&page=0"), 400).path("detail").asText()).contains("page");
        assertThat(problem(web.get("/api/search?q=testing&page=21"), 400).path("detail").asText()).contains("page");
        assertThat(problem(web.get("/api/search?q=testing&sort=popularity"), 400).path("detail").asText()).contains("sort");
        assertThat(problem(web.get("/api/search?q=testing&from=yesterday"), 400).path("detail").asText()).contains("from");
        assertThat(problem(web.get("/api/search?q=testing&category=CS%20CL"), 400).path("detail").asText()).contains("category");
        assertThat(problem(web.get("/api/search?q=" + "a".repeat(501)), 400).path("detail").asText()).contains("500");
        assertThat(problem(web.get("/api/search"), 400).path("detail").asText()).contains("q");
    }

    @Test
    void anUnknownPaperIsNotFoundWithADetail() throws Exception {
        JsonNode problem = problem(web.get("/api/papers/arxiv:2101.00001"), 404);
        assertThat(problem.path("detail").asText()).contains("arxiv:2101.00001");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/papers/arxiv:2101.00001");
        assertThat(problem(web.get("/api/papers/arxiv:2101.00001/summary"), 404).path("detail").asText())
                .contains("arxiv:2101.00001");
        assertThat(problem(web.post("/api/papers/arxiv:2101.00001/answers", "{\"question\":\"Why?\"}"), 404)
                .path("detail").asText()).contains("arxiv:2101.00001");
        assertThat(problem(web.get("/api/papers/not%20an%20id"), 400).path("detail").asText()).contains("paper id");
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() throws Exception {
        String answers = "/api/papers/" + id + "/answers";
        assertThat(problem(send(answers, "text/plain", "question=hi"), 415).path("detail").asText()).contains("application/json");
        assertThat(problem(web.post(answers, "{\"question\":"), 400).path("detail").asText()).contains("JSON");
        assertThat(problem(web.post(answers, "[\"question\"]"), 400).path("detail").asText()).contains("object");
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() throws Exception {
        String big = "{\"question\":\"" + "a".repeat((int) WebSettings.DEFAULT_MAX_BODY_BYTES) + "\"}";
        assertThat(problem(web.post("/api/papers/" + id + "/answers", big), 413).path("detail").asText())
                .contains(String.valueOf(WebSettings.DEFAULT_MAX_BODY_BYTES));
    }

    @Test
    void anUnknownApiPathIsANotFoundProblem() throws Exception {
        JsonNode problem = problem(web.get("/api/no-such-thing"), 404);
        assertThat(problem.path("detail").asText()).contains("/api/no-such-thing");
        assertThat(problem(web.get("/no-such-page", "Accept", "application/json"), 404).path("detail").asText())
                .contains("/no-such-page");
    }

    // --- search

    @Test
    void searchReturnsOnePageOfArxivResults() throws Exception {
        Path feed = corpus().resolve("arxiv-api/search-testing-start10-max10.atom.xml");
        arxiv.stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/atom+xml; charset=UTF-8").withBody(Files.readAllBytes(feed))));

        JsonNode page = json(web.get("/api/search?q=testing&sort=relevance"), 200);

        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("page_size").asInt()).isEqualTo(10);
        List<String> ids = new ArrayList<>();
        for (JsonNode result : page.path("results")) {
            ids.add(result.path("id").asText());
            assertThat(result.path("title").asText()).isNotBlank();
            assertThat(result.path("authors").size()).isPositive();
            assertThat(result.path("abstract_text").asText()).as(result.toString()).isNotBlank();
            assertThat(result.path("categories").size()).isPositive();
            assertThat(result.path("published").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        }
        assertThat(ids).containsExactlyElementsOf(SEARCH_IDS.stream().map(i -> "arxiv:" + i).toList());
        JsonNode first = page.path("results").get(0);
        assertThat(first.path("title").asText()).isEqualTo("The Sample Complexity of Simple Binary Hypothesis Testing");
        assertThat(first.path("authors")).extracting(JsonNode::asText).containsExactly("Ankit Pensia", "Varun Jog", "Po-Ling Loh");
        assertThat(first.path("pdf_url").asText()).isEqualTo("http://127.0.0.1:" + arxiv.port() + "/pdf/2403.16981v2");
        arxiv.verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/query"))
                .withQueryParam("search_query", equalTo("testing")).withQueryParam("start", equalTo("0")));
    }

    // --- helpers

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + " -> " + response.body())
                .isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    /** Checks an RFC 9457 problem of one of the statuses and returns it. */
    private static JsonNode problem(HttpResponse<String> response, int... statuses) throws Exception {
        String what = response.request().method() + " " + response.uri() + " -> " + response.statusCode() + " " + response.body();
        assertThat(response.statusCode()).as(what).isIn(java.util.Arrays.stream(statuses).boxed().toArray());
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asText()).as(what).isNotBlank();
        assertThat(problem.path("title").asText()).as(what).isNotBlank();
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(response.statusCode());
        assertThat(problem.path("detail").asText()).as(what).isNotBlank();
        assertThat(problem.path("instance").asText()).as(what).isEqualTo(response.uri().getRawPath());
        assertThat(problem.path("request_id").asText()).as(what).isNotBlank()
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElse(""));
        assertThat(response.body()).as(what).doesNotContain("Exception").doesNotContain("\tat ");
        return problem;
    }

    private HttpResponse<String> send(String path, String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(web.base() + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Path corpus() {
        String shared = System.getProperty("papyri.shared.dir");
        Path corpus = shared == null ? null : Path.of(shared, "corpus");
        assumeTrue(corpus != null && Files.isDirectory(corpus.resolve("arxiv-api")),
                "the shared corpus (recorded arXiv answers) is not at " + corpus
                        + "; set papyri.shared.dir to the folder holding corpus/");
        return corpus;
    }
}
