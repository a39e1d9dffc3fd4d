package io.papyri.examples.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app's defences over real HTTP: escaping of paper text, CSRF tokens and same-origin
 * checks, cookies, security headers, per-client rate limits, body limits, CORS, the API key and
 * request ids. Each nested class runs one app with the settings it is about.
 */
class WebSecurityTest {

    /** Characters the standard PDF fonts encode (WinAnsi), so the cleaner reads the title back as written. */
    static final String HOSTILE_TITLE = "<script>alert(1)</script> & \"quotes\"";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]*)\">");

    /** The default settings, with a paper whose title holds markup. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class DefaultSettings {

        WebFixture web;
        String id;

        @BeforeAll
        void start(@TempDir Path dir) throws IOException {
            web = WebFixture.start(dir, WebSettings.local(0), HOSTILE_TITLE, Map.of(), Optional.empty());
            id = web.paper().id().toString();
        }

        @AfterAll
        void stop() {
            if (web != null) {
                web.close();
            }
        }

        @Test
        void theCleanerReadsTheHostileTitleAsWritten() {
            assertThat(web.paper().title()).isEqualTo(HOSTILE_TITLE);
        }

        @Test
        void paperPageEscapesTheTitle() throws Exception {
            HttpResponse<String> page = web.get("/papers/" + id);

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body())
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;")
                    .doesNotContain("<script>alert")
                    .doesNotContainIgnoringCase("<script>a");
            assertThat(page.body()).contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;");
        }

        @Test
        void libraryPageEscapesTheTitle() throws Exception {
            HttpResponse<String> page = web.get("/library");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;")
                    .doesNotContain("<script>alert");
        }

        @Test
        void apiReturnsTheTitleAsAJsonString() throws Exception {
            HttpResponse<String> paper = web.get("/api/papers/" + id);

            assertThat(paper.statusCode()).isEqualTo(200);
            assertThat(paper.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            JsonNode body = JSON.readTree(paper.body());
            assertThat(body.get("title").isTextual()).isTrue();
            assertThat(body.get("title").asText()).isEqualTo(HOSTILE_TITLE);

            JsonNode library = JSON.readTree(web.get("/api/library").body());
            assertThat(library.get(0).get("title").asText()).isEqualTo(HOSTILE_TITLE);
        }

        @Test
        void errorPagesEscapeWhatTheRequestSent() throws Exception {
            HttpResponse<String> page = web.get("/papers/%3Cscript%3Ealert(2)%3C%2Fscript%3E");

            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body()).doesNotContain("<script>alert(2)").contains("&lt;script&gt;alert(2)");
        }

        @Test
        void firstVisitSetsStrictCookiesAndThePageEmbedsTheToken() throws Exception {
            HttpResponse<String> home = web.get("/");

            assertThat(home.statusCode()).isEqualTo(200);
            String uid = setCookie(home, Visitor.USER_COOKIE);
            String csrf = setCookie(home, Visitor.CSRF_COOKIE);
            assertThat(uid).contains("SameSite=Strict").contains("HttpOnly").contains("Path=/");
            assertThat(csrf).contains("SameSite=Strict").doesNotContain("HttpOnly");
            assertThat(cookieValue(csrf)).matches("[0-9a-f]{32}");
            assertThat(cookieValue(uid)).isNotBlank();
            Matcher meta = META_CSRF.matcher(home.body());
            assertThat(meta.find()).as("meta csrf-token in %s", home.body()).isTrue();
            assertThat(meta.group(1)).isEqualTo(cookieValue(csrf));
        }

        @Test
        void aReturningBrowserKeepsItsCookiesAndToken() throws Exception {
            Browser browser = Browser.visit(web);

            HttpResponse<String> again = web.get("/library", "Cookie", browser.cookieHeader());

            assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
            Matcher meta = META_CSRF.matcher(again.body());
            assertThat(meta.find()).isTrue();
            assertThat(meta.group(1)).isEqualTo(browser.csrf());
        }

        @Test
        void pagesSendSecurityHeaders() throws Exception {
            for (String path : List.of("/", "/library", "/papers/" + id)) {
                HttpResponse<String> page = web.get(path);

                assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
                        .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'")
                                .contains("frame-ancestors 'none'").doesNotContain("unsafe-eval")
                                .doesNotContain("script-src 'self' 'unsafe-inline'"));
                assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
                assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
                assertThat(page.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            }
        }

        @Test
        void errorsAlsoSendSecurityHeaders() throws Exception {
            HttpResponse<String> missing = web.get("/api/papers/arxiv:2501.99999");

            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(missing.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }

        @Test
        void browserWriteWithoutCsrfHeaderIsRefused() throws Exception {
            Browser browser = Browser.visit(web);
            String output = summaryOutput();
            long before = ratingCount();

            HttpResponse<String> refused = web.post("/api/ratings", rating(output, 4),
                    "Cookie", browser.cookieHeader());

            assertProblem(refused, 403);
            assertThat(JSON.readTree(refused.body()).get("title").asText()).contains("CSRF");
            assertThat(ratingCount()).isEqualTo(before);
        }

        @Test
        void browserWriteWithWrongCsrfHeaderIsRefused() throws Exception {
            Browser browser = Browser.visit(web);

            HttpResponse<String> refused = web.post("/api/ratings", rating(summaryOutput(), 4),
                    "Cookie", browser.cookieHeader(), "X-CSRF-Token", "0123456789abcdef0123456789abcdef");

            assertProblem(refused, 403);
        }

        @Test
        void browserWriteWithOnlyTheUserCookieStillNeedsTheToken() throws Exception {
            Browser browser = Browser.visit(web);

            HttpResponse<String> refused = web.post("/api/ratings", rating(summaryOutput(), 4),
                    "Cookie", Visitor.USER_COOKIE + "=" + browser.uid(), "X-CSRF-Token", browser.csrf());

            assertProblem(refused, 403);
        }

        @Test
        void browserWriteWithTheMatchingCsrfHeaderIsAccepted() throws Exception {
            Browser browser = Browser.visit(web);
            String output = summaryOutput();

            HttpResponse<String> accepted = web.post("/api/ratings", rating(output, 5),
                    "Cookie", browser.cookieHeader(), "X-CSRF-Token", browser.csrf());

            assertThat(accepted.statusCode()).as(accepted.body()).isNotEqualTo(403).isEqualTo(201);
            JsonNode rating = JSON.readTree(accepted.body());
            assertThat(rating.toString()).contains(browser.uid());
        }

        @Test
        void answersFromABrowserNeedTheTokenToo() throws Exception {
            Browser browser = Browser.visit(web);
            String question = "{\"question\":\"What does the method measure?\"}";

            assertProblem(web.post("/api/papers/" + id + "/answers", question, "Cookie", browser.cookieHeader()), 403);
            HttpResponse<String> answered = web.post("/api/papers/" + id + "/answers", question,
                    "Cookie", browser.cookieHeader(), "X-CSRF-Token", browser.csrf());
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        }

        @Test
        void crossOriginWriteIsRefusedEvenWithToken() throws Exception {
            Browser browser = Browser.visit(web);

            HttpResponse<String> refused = web.post("/api/ratings", rating(summaryOutput(), 4),
                    "Cookie", browser.cookieHeader(), "X-CSRF-Token", browser.csrf(), "Origin", "https://evil.example");
            HttpResponse<String> noCookies = web.post("/api/ratings", rating(summaryOutput(), 4),
                    "Origin", "https://evil.example");

            assertProblem(refused, 403);
            assertProblem(noCookies, 403);
        }

        @Test
        void sameOriginWriteIsAccepted() throws Exception {
            Browser browser = Browser.visit(web);

            HttpResponse<String> accepted = web.post("/api/ratings", rating(summaryOutput(), 3),
                    "Cookie", browser.cookieHeader(), "X-CSRF-Token", browser.csrf(), "Origin", web.base());

            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        }

        @Test
        void apiClientWithoutCookiesNeedsNoToken() throws Exception {
            HttpResponse<String> accepted = web.post("/api/ratings", rating(summaryOutput(), 2),
                    "X-Papyri-User", "api-client-1");

            assertThat(accepted.statusCode()).as(accepted.body()).isNotEqualTo(403).isEqualTo(201);
        }

        @Test
        void noCorsHeadersByDefault() throws Exception {
            HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(web.base() + "/api/ratings"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "http://other.example")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type,x-csrf-token"));
            HttpResponse<String> get = web.get("/api/papers/" + id + "/summary", "Origin", "http://other.example");

            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }

        @Test
        void validRequestIdIsEchoed() throws Exception {
            HttpResponse<String> response = web.get("/health/live", "X-Request-Id", "trace-0042-abc");

            assertThat(response.headers().firstValue("X-Request-Id")).hasValue("trace-0042-abc");
        }

        @Test
        void invalidRequestIdsAreReplaced() throws Exception {
            for (String given : List.of("has spaces in it", "x".repeat(200), "semi;colon", "<script>")) {
                HttpResponse<String> response = web.get("/health/live", "X-Request-Id", given);

                assertThat(response.headers().firstValue("X-Request-Id")).as(given)
                        .hasValueSatisfying(idValue -> assertThat(idValue).isNotEqualTo(given).matches(UUID));
            }
            assertThat(web.get("/health/live").headers().firstValue("X-Request-Id"))
                    .hasValueSatisfying(idValue -> assertThat(idValue).matches(UUID));
        }

        @Test
        void problemsCarryTheRequestId() throws Exception {
            HttpResponse<String> missing = web.get("/api/papers/arxiv:2501.99999", "X-Request-Id", "req-404");

            assertProblem(missing, 404);
            assertThat(JSON.readTree(missing.body()).get("request_id").asText()).isEqualTo("req-404");
        }

        private String summaryOutput() throws Exception {
            HttpResponse<String> summary = web.get("/api/papers/" + id + "/summary");
            assertThat(summary.statusCode()).as(summary.body()).isEqualTo(200);
            return JSON.readTree(summary.body()).get("output_id").asText();
        }

        private long ratingCount() throws Exception {
            JsonNode ratings = JSON.readTree(web.get("/api/papers/" + id + "/ratings").body());
            long count = 0;
            for (JsonNode aggregate : ratings) {
                count += aggregate.get("count").asLong();
            }
            return count;
        }
    }

    /** A limit of three costly requests a minute. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RateLimit {

        WebFixture web;
        String id;

        @BeforeAll
        void start(@TempDir Path dir) throws IOException {
            WebSettings settings = new WebSettings("127.0.0.1", 0, List.of(), "", 3,
                    WebSettings.DEFAULT_MAX_BODY_BYTES, "");
            web = WebFixture.start(dir, settings, HOSTILE_TITLE, Map.of(), Optional.empty());
            id = web.paper().id().toString();
        }

        @AfterAll
        void stop() {
            if (web != null) {
                web.close();
            }
        }

        @Test
        void fourthCostlyRequestIsRefusedButCheapReadsGoOn() throws Exception {
            String question = "{\"question\":\"What does the method measure?\"}";
            for (int i = 1; i <= 3; i++) {
                HttpResponse<String> answered = web.post("/api/papers/" + id + "/answers", question);
                assertThat(answered.statusCode()).as("request %d: %s", i, answered.body()).isEqualTo(200);
            }

            HttpResponse<String> refused = web.post("/api/papers/" + id + "/answers", question);

            assertProblem(refused, 429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
            for (int i = 0; i < 6; i++) {
                assertThat(web.get("/api/papers/" + id + "/summary").statusCode()).isEqualTo(200);
            }
            assertThat(web.get("/api/papers/" + id).statusCode()).isEqualTo(200);
            assertThat(web.get("/papers/" + id).statusCode()).isEqualTo(200);
        }
    }

    /** The smallest body limit, 1024 bytes. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class BodyLimit {

        WebFixture web;
        String id;

        @BeforeAll
        void start(@TempDir Path dir) throws IOException {
            WebSettings settings = new WebSettings("127.0.0.1", 0, List.of(), "",
                    WebSettings.DEFAULT_REQUESTS_PER_MINUTE, 1024, "");
            web = WebFixture.start(dir, settings, HOSTILE_TITLE, Map.of(), Optional.empty());
            id = web.paper().id().toString();
        }

        @AfterAll
        void stop() {
            if (web != null) {
                web.close();
            }
        }

        @Test
        void bodyOverTheLimitIsRefusedAndNothingIsStored() throws Exception {
            String output = JSON.readTree(web.get("/api/papers/" + id + "/summary").body()).get("output_id").asText();
            String big = "{\"output_id\":\"" + output + "\",\"score\":4,\"comment\":\"" + "x".repeat(2000) + "\"}";

            HttpResponse<String> refused = web.post("/api/ratings", big);

            assertProblem(refused, 413);
            JsonNode ratings = JSON.readTree(web.get("/api/papers/" + id + "/ratings").body());
            assertThat(ratings.size()).as(ratings.toString()).isZero();

            HttpResponse<String> small = web.post("/api/ratings", rating(output, 4));
            assertThat(small.statusCode()).as(small.body()).isEqualTo(201);
        }

        @Test
        void chunkedBodyOverTheLimitIsRefused() throws Exception {
            String big = "{\"output_id\":\"x\",\"score\":4,\"comment\":\"" + "x".repeat(4000) + "\"}";

            HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(web.base() + "/api/ratings"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));

            assertProblem(refused, 413);
        }
    }

    /** CORS for one other site. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Cors {

        WebFixture web;
        String id;

        @BeforeAll
        void start(@TempDir Path dir) throws IOException {
            WebSettings settings = new WebSettings("127.0.0.1", 0, List.of("http://allowed.example"), "",
                    WebSettings.DEFAULT_REQUESTS_PER_MINUTE, WebSettings.DEFAULT_MAX_BODY_BYTES, "");
            web = WebFixture.start(dir, settings, HOSTILE_TITLE, Map.of(), Optional.empty());
            id = web.paper().id().toString();
        }

        @AfterAll
        void stop() {
            if (web != null) {
                web.close();
            }
        }

        @Test
        void configuredOriginGetsCorsHeaders() throws Exception {
            HttpResponse<String> get = web.get("/api/papers/" + id + "/summary", "Origin", "http://allowed.example");
            HttpResponse<String> preflight = preflight("http://allowed.example");

            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://allowed.example");
            assertThat(preflight.statusCode()).isBetween(200, 299);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://allowed.example");
        }

        @Test
        void otherOriginsGetNone() throws Exception {
            HttpResponse<String> get = web.get("/api/papers/" + id + "/summary", "Origin", "http://evil.example");
            HttpResponse<String> preflight = preflight("http://evil.example");

            assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }

        @Test
        void configuredOriginMayWriteOthersMayNot() throws Exception {
            String output = JSON.readTree(web.get("/api/papers/" + id + "/summary").body()).get("output_id").asText();

            HttpResponse<String> allowed = web.post("/api/ratings", rating(output, 4), "Origin", "http://allowed.example");
            HttpResponse<String> refused = web.post("/api/ratings", rating(output, 4), "Origin", "http://evil.example");

            assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(201);
            assertProblem(refused, 403);
        }

        private HttpResponse<String> preflight(String origin) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(web.base() + "/api/ratings"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", origin)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type"));
        }
    }

    /** An API key on writes. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ApiKey {

        WebFixture web;
        String id;

        @BeforeAll
        void start(@TempDir Path dir) throws IOException {
            WebSettings settings = new WebSettings("127.0.0.1", 0, List.of(), "s3cret",
                    WebSettings.DEFAULT_REQUESTS_PER_MINUTE, WebSettings.DEFAULT_MAX_BODY_BYTES, "");
            web = WebFixture.start(dir, settings, HOSTILE_TITLE, Map.of(), Optional.empty());
            id = web.paper().id().toString();
        }

        @AfterAll
        void stop() {
            if (web != null) {
                web.close();
            }
        }

        @Test
        void writesWithoutTheKeyAreRefused() throws Exception {
            HttpResponse<String> refused = web.post("/api/ratings", rating(output(), 4));
            HttpResponse<String> wrong = web.post("/api/ratings", rating(output(), 4), "X-API-Key", "s3cret-not");
            HttpResponse<String> wrongBearer = web.post("/api/ratings", rating(output(), 4), "Authorization", "Bearer nope");

            for (HttpResponse<String> response : List.of(refused, wrong, wrongBearer)) {
                assertProblem(response, 401);
                assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                        value -> assertThat(value).startsWith("Bearer"));
            }
        }

        @Test
        void writesWithTheKeyInXApiKeyAreAccepted() throws Exception {
            HttpResponse<String> accepted = web.post("/api/ratings", rating(output(), 4), "X-API-Key", "s3cret");

            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        }

        @Test
        void writesWithTheKeyAsBearerTokenAreAccepted() throws Exception {
            HttpResponse<String> accepted = web.post("/api/ratings", rating(output(), 4), "Authorization", "Bearer s3cret");

            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        }

        @Test
        void readsNeedNoKey() throws Exception {
            assertThat(web.get("/api/papers/" + id + "/summary").statusCode()).isEqualTo(200);
            assertThat(web.get("/api/papers/" + id).statusCode()).isEqualTo(200);
            assertThat(web.get("/papers/" + id).statusCode()).isEqualTo(200);
            assertThat(web.get("/library").statusCode()).isEqualTo(200);
        }

        private String output() throws Exception {
            return JSON.readTree(web.get("/api/papers/" + id + "/summary").body()).get("output_id").asText();
        }
    }

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** A browser after its first visit: the two cookies the app set. */
    record Browser(String uid, String csrf) {

        static Browser visit(WebFixture web) throws Exception {
            HttpResponse<String> home = web.get("/");
            return new Browser(cookieValue(setCookie(home, Visitor.USER_COOKIE)),
                    cookieValue(setCookie(home, Visitor.CSRF_COOKIE)));
        }

        String cookieHeader() {
            return Visitor.USER_COOKIE + "=" + uid + "; " + Visitor.CSRF_COOKIE + "=" + csrf;
        }
    }

    static String rating(String outputId, int score) {
        return "{\"output_id\":\"" + outputId + "\",\"score\":" + score + ",\"comment\":\"\"}";
    }

    static String setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie in "
                        + response.headers().allValues("Set-Cookie")));
    }

    static String cookieValue(String setCookie) {
        int end = setCookie.indexOf(';');
        return setCookie.substring(setCookie.indexOf('=') + 1, end < 0 ? setCookie.length() : end);
    }

    static void assertProblem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as("Content-Type of %d %s", response.statusCode(), response.body())
                .startsWith("application/problem+json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("detail").asText()).isNotBlank();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
