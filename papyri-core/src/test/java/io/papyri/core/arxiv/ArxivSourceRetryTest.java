package io.papyri.core.arxiv;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.papyri.api.PapyriException;
import io.papyri.api.SourceUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ArxivSourceRetryTest {

    private static final ArxivSearch SEARCH = ArxivSearch.of(ArxivQuery.title("checkerboard"));
    private static final String OK_FEED = AtomFeeds.modern("ti:checkerboard", 1, 0, 1, List.of(AtomFeeds.Entry.of("2101.00001v1")));

    @RegisterExtension
    final ArxivWireMock arxiv = new ArxivWireMock();

    @Test
    void tooManyRequestsWithRetryAfterIsWaitedOutThenSucceeds() {
        answerInTurn(aResponse().withStatus(429).withHeader("Retry-After", "7").withBody("Rate exceeded."),
                aResponse().withStatus(200).withBody(OK_FEED));

        ArxivFeed feed = arxiv.sourceBuilder().build().page(SEARCH);

        assertThat(feed.entries()).hasSize(1);
        assertThat(arxiv.received()).hasSize(2);
        assertThat(arxiv.time().waits()).as("exactly the Retry-After, not the backoff").containsExactly(Duration.ofSeconds(7));
        log("429 + Retry-After: 7, then 200");
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        String in42s = DateTimeFormatter.RFC_1123_DATE_TIME.format(FakeTime.START.plusSeconds(42).atOffset(ZoneOffset.UTC));
        answerInTurn(aResponse().withStatus(503).withHeader("Retry-After", in42s),
                aResponse().withStatus(200).withBody(OK_FEED));

        arxiv.sourceBuilder().build().page(SEARCH);

        assertThat(arxiv.time().waits()).containsExactly(Duration.ofSeconds(42));
    }

    @Test
    void serviceUnavailableIsRetriedWithExponentialBackoff() {
        answerInTurn(aResponse().withStatus(503), aResponse().withStatus(502), aResponse().withStatus(500),
                aResponse().withStatus(200).withBody(OK_FEED));

        ArxivFeed feed = arxiv.sourceBuilder().retryInitialDelay(Duration.ofSeconds(5)).build().page(SEARCH);

        assertThat(feed.entries()).hasSize(1);
        assertThat(arxiv.received()).hasSize(4);
        // jitter pinned to its maximum: 5 s, 10 s, 20 s
        assertThat(arxiv.time().waits()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20));
        assertThat(gaps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20));
        log("503, 502, 500, then 200 (backoff 5 s doubling)");
    }

    @Test
    void jitterKeepsEachWaitBetweenHalfAndAllOfTheBackoff() {
        answerInTurn(aResponse().withStatus(503), aResponse().withStatus(503), aResponse().withStatus(200).withBody(OK_FEED));

        arxiv.sourceBuilder().jitter(() -> 0.5).retryInitialDelay(Duration.ofSeconds(8)).build().page(SEARCH);

        // 8 s -> 4 s fixed + half of 4 s; 16 s -> 8 s fixed + half of 8 s
        assertThat(arxiv.time().waits()).containsExactly(Duration.ofSeconds(6), Duration.ofSeconds(12));
    }

    @Test
    void aBackoffShorterThanThePacingIntervalStillWaitsTheInterval() {
        answerInTurn(aResponse().withStatus(503), aResponse().withStatus(200).withBody(OK_FEED));

        arxiv.sourceBuilder().retryInitialDelay(Duration.ofSeconds(1)).build().page(SEARCH);

        assertThat(arxiv.time().waits()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void ioErrorsAreRetried() {
        // garbage instead of a status line, then a body cut in the middle of a chunk
        answerInTurn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE), aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
                aResponse().withStatus(200).withBody(OK_FEED));

        ArxivFeed feed = arxiv.sourceBuilder().build().page(SEARCH);

        assertThat(feed.entries()).hasSize(1);
        assertThat(arxiv.received()).hasSize(3);
        assertThat(arxiv.time().waits()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
        log("garbage status line, broken chunked body, then 200");
    }

    @Test
    void whenEveryAttemptFailsTheErrorIsRetryableAndSaysWhatHappened() {
        arxiv.server().stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse().withStatus(503)));

        SourceUnavailableException thrown = catchThrowableOfType(SourceUnavailableException.class,
                () -> arxiv.sourceBuilder().maxRetries(2).build().page(SEARCH));

        assertThat(thrown.isRetryable()).isTrue();
        assertThat(thrown).hasMessageContaining("after 3 attempts").hasMessageContaining("HTTP 503")
                .hasMessageContaining("/api/query?search_query=ti%3Acheckerboard");
        assertThat(arxiv.received()).hasSize(3);
        assertThat(arxiv.time().waits()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    @Test
    void aRetryAfterLongerThanTheMaximumFailsAtOnceInsteadOfHanging() {
        arxiv.server().stubFor(get(urlPathEqualTo("/api/query"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        assertThatThrownBy(() -> arxiv.sourceBuilder().retryMaxDelay(Duration.ofMinutes(2)).build().page(SEARCH))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageContaining("asked to wait 3600 s")
                .hasMessageContaining("papyri.arxiv.retry-max-delay");
        assertThat(arxiv.received()).hasSize(1);
        assertThat(arxiv.time().waits()).isEmpty();
    }

    @Test
    void recordedErrorFeedBecomesATypedErrorWithArxivsMessageAndIsNotRetried() {
        arxiv.server().stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/atom+xml").withBody(Corpus.arxivApiText("error-400-id_list-abc.atom.xml"))));

        assertErrorFeedFailsOnce();
    }

    @Test
    void builtErrorFeedBecomesATypedErrorWithArxivsMessageAndIsNotRetried() {
        arxiv.server().stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse().withStatus(400)
                .withBody(AtomFeeds.error("incorrect_id_format_for_abc", "incorrect id format for abc"))));

        assertErrorFeedFailsOnce();
    }

    @Test
    void anErrorFeedSentWithStatus200IsStillAnError() {
        arxiv.server().stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse().withStatus(200)
                .withBody(AtomFeeds.error("max_results_too_large", "max_results must be less than or equal to 30000"))));

        assertThatThrownBy(() -> arxiv.sourceBuilder().build().page(SEARCH))
                .isInstanceOf(ArxivApiException.class)
                .satisfies(e -> assertThat(((ArxivApiException) e).arxivMessage())
                        .isEqualTo("max_results must be less than or equal to 30000"));
    }

    @Test
    void aProxysHtmlPageIsReportedAsNotAFeed() {
        arxiv.server().stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Please log in</body></html>")));

        assertThatThrownBy(() -> arxiv.sourceBuilder().build().page(SEARCH))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageContaining("not an arXiv Atom feed")
                .hasMessageContaining("papyri.arxiv.api-url");
    }

    private void assertErrorFeedFailsOnce() {
        ArxivSource source = arxiv.sourceBuilder().build();

        ArxivApiException thrown = catchThrowableOfType(ArxivApiException.class,
                () -> source.entries(ArxivSearch.builder().query(ArxivQuery.all("abc")).build()).toList());

        assertThat(thrown.arxivMessage()).isEqualTo("incorrect id format for abc");
        assertThat(thrown.status()).isEqualTo(400);
        assertThat(thrown.requestUrl()).startsWith(arxiv.apiUrl() + "?search_query=all%3Aabc");
        assertThat(thrown).isInstanceOf(PapyriException.class).hasMessageContaining("incorrect id format for abc");
        assertThat(thrown.isRetryable()).isFalse();
        assertThat(arxiv.received()).hasSize(1);
        assertThat(arxiv.time().waits()).isEmpty();
    }

    private void answerInTurn(ResponseDefinitionBuilder... responses) {
        for (int i = 0; i < responses.length; i++) {
            arxiv.server().stubFor(get(urlPathEqualTo("/api/query")).inScenario("turns")
                    .whenScenarioStateIs(i == 0 ? STARTED : "turn " + i)
                    .willSetStateTo("turn " + (i + 1))
                    .willReturn(responses[i]));
        }
    }

    private List<Duration> gaps() {
        List<ArxivWireMock.Received> received = arxiv.received();
        return IntStream.range(1, received.size())
                .mapToObj(i -> Duration.between(received.get(i - 1).at(), received.get(i).at())).toList();
    }

    private void log(String scenario) {
        arxiv.log("retry", scenario);
    }
}
