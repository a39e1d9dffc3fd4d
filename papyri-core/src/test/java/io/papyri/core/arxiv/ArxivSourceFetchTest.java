package io.papyri.core.arxiv;

import io.papyri.api.InvalidDocumentException;
import io.papyri.api.PaperId;
import io.papyri.api.PaperNotFoundException;
import io.papyri.api.PdfDocument;
import io.papyri.api.ProviderConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ArxivSourceFetchTest {

    private static final byte[] SMALL_PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    final ArxivWireMock arxiv = new ArxivWireMock();

    @Test
    void aRealPdfIsDownloadedFromPdfUrlPlusTheVersionedIdWithItsSha256() throws Exception {
        byte[] pdf = Files.readAllBytes(Corpus.pdf("1111.2011.pdf"));
        servePdf("/pdf/1111.2011v2", pdf);

        PdfDocument document = arxiv.sourceBuilder().build().fetch(PaperId.parse("arxiv:1111.2011v2"));

        assertThat(document.id()).isEqualTo(PaperId.parse("arxiv:1111.2011v2"));
        assertThat(document.origin()).isEqualTo(arxiv.pdfUrl() + "1111.2011v2");
        assertThat(document.content()).isEqualTo(pdf);
        assertThat(document.sha256()).isEqualTo(sha256(pdf));
        arxiv.server().verify(getRequestedFor(urlEqualTo("/pdf/1111.2011v2")).withHeader("Accept", equalTo("application/pdf")));
    }

    @Test
    void anUnversionedIdDownloadsTheUnversionedUrlWhichArxivServesAsTheLatest() {
        servePdf("/pdf/2101.01234", SMALL_PDF);

        PdfDocument document = arxiv.sourceBuilder().build().fetch(ArxivId.parse("2101.01234"));

        assertThat(document.id()).isEqualTo(PaperId.parse("arxiv:2101.01234"));
        assertThat(document.content()).isEqualTo(SMALL_PDF);
        assertThat(document.sha256()).isEqualTo(sha256(SMALL_PDF));
        assertThat(arxiv.urls()).containsExactly("/pdf/2101.01234");
    }

    @Test
    void anOldStyleIdKeepsItsSlashInTheUrl() {
        servePdf("/pdf/math/0405482v1", SMALL_PDF);

        PdfDocument document = arxiv.sourceBuilder().build().fetch(PaperId.parse("arxiv:math/0405482v1"));

        assertThat(document.origin()).isEqualTo(arxiv.pdfUrl() + "math/0405482v1");
        assertThat(arxiv.urls()).containsExactly("/pdf/math/0405482v1");
    }

    @Test
    void aPdfUrlWithoutTrailingSlashGetsOne() {
        servePdf("/mirror/pdf/2101.01234v1", SMALL_PDF);

        ArxivSource source = arxiv.sourceBuilder().pdfUrl(arxiv.baseUrl() + "/mirror/pdf").build();

        assertThat(source.pdfUrl(ArxivId.parse("2101.01234v1")).toString()).isEqualTo(arxiv.baseUrl() + "/mirror/pdf/2101.01234v1");
        assertThat(source.fetch(ArxivId.parse("2101.01234v1")).content()).isEqualTo(SMALL_PDF);
    }

    @Test
    void aRedirectWithinTheAllowedHostsIsFollowedAndPaced() {
        arxiv.server().stubFor(get(urlEqualTo("/pdf/2101.01234")).willReturn(aResponse().withStatus(301)
                .withHeader("Location", "/pdf/2101.01234v3")));
        servePdf("/pdf/2101.01234v3", SMALL_PDF);

        PdfDocument document = arxiv.sourceBuilder().build().fetch(ArxivId.parse("2101.01234"));

        assertThat(document.content()).isEqualTo(SMALL_PDF);
        assertThat(arxiv.urls()).containsExactly("/pdf/2101.01234", "/pdf/2101.01234v3");
        assertThat(arxiv.time().waits()).as("each hop is a request and is paced").containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void aRedirectToAnExtraAllowedHostIsFollowed() {
        arxiv.server().stubFor(get(urlEqualTo("/pdf/2101.01234v1")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://localhost:" + arxiv.server().port() + "/cache/2101.01234v1.pdf")));
        servePdf("/cache/2101.01234v1.pdf", SMALL_PDF);

        PdfDocument document = arxiv.sourceBuilder().allowedHosts(List.of("localhost")).build()
                .fetch(ArxivId.parse("2101.01234v1"));

        assertThat(document.content()).isEqualTo(SMALL_PDF);
        assertThat(arxiv.urls()).containsExactly("/pdf/2101.01234v1", "/cache/2101.01234v1.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
            "http://localhost:1/admin",
            "file:///etc/passwd",
            "ftp://arxiv.org/pdf/2101.01234v1",
            "http://user@127.0.0.1/pdf/x"
    })
    void aRedirectOutsideTheAllowListIsRefusedBeforeAnyRequestIsMade(String location) {
        arxiv.server().stubFor(get(urlEqualTo("/pdf/2101.01234v1")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", location)));
        ArxivSource source = arxiv.sourceBuilder().build();

        assertThatThrownBy(() -> source.fetch(ArxivId.parse("2101.01234v1")))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("Refused to follow the redirect from " + arxiv.pdfUrl() + "2101.01234v1")
                .hasMessageContaining("papyri.arxiv.allowed-hosts");
        assertThat(arxiv.received()).hasSize(1);
    }

    @Test
    void aRedirectLoopEndsAfterFiveHops() {
        arxiv.server().stubFor(get(urlEqualTo("/pdf/2101.01234v1")).willReturn(aResponse().withStatus(307)
                .withHeader("Location", "/pdf/2101.01234v1")));

        assertThatThrownBy(() -> arxiv.sourceBuilder().build().fetch(ArxivId.parse("2101.01234v1")))
                .isInstanceOf(ArxivApiException.class).hasMessageContaining("redirected more than 5 times");
        assertThat(arxiv.received()).hasSize(6);
    }

    @Test
    void anHtmlPageIsRefusedAsNotAPdfNamingTheUrl() {
        arxiv.server().stubFor(get(urlEqualTo("/pdf/2101.01234v1")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<!DOCTYPE html><html><body>PDF is being generated</body></html>")));

        InvalidDocumentException thrown = catchThrowableOfType(InvalidDocumentException.class,
                () -> arxiv.sourceBuilder().build().fetch(ArxivId.parse("2101.01234v1")));

        assertThat(thrown.reason()).isEqualTo(InvalidDocumentException.Reason.NOT_PDF);
        assertThat(thrown.document()).isEqualTo(arxiv.pdfUrl() + "2101.01234v1");
        assertThat(thrown).hasMessageContaining(arxiv.pdfUrl() + "2101.01234v1").hasMessageContaining("text/html");
        assertThat(arxiv.received()).as("not retried").hasSize(1);
    }

    @Test
    void aPdfOverTheDeclaredLimitIsRefusedFromItsContentLength() {
        arxiv.server().stubFor(get(urlEqualTo("/pdf/2101.01234v1")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withHeader("Content-Length", "4096")
                .withBody(pdfOfSize(4096))));

        InvalidDocumentException thrown = catchThrowableOfType(InvalidDocumentException.class,
                () -> arxiv.sourceBuilder().maxPdfBytes(1024).build().fetch(ArxivId.parse("2101.01234v1")));

        assertThat(thrown.reason()).isEqualTo(InvalidDocumentException.Reason.TOO_LARGE);
        assertThat(thrown).hasMessageContaining("declares 4096 bytes").hasMessageContaining("papyri.limits.max-pdf-bytes");
    }

    @Test
    void aPdfWithoutContentLengthIsRefusedWhileStreamingOnceItPassesTheLimit() {
        arxiv.server().stubFor(get(urlEqualTo("/pdf/2101.01234v1")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(pdfOfSize(200_000))
                .withChunkedDribbleDelay(20, 1)));

        InvalidDocumentException thrown = catchThrowableOfType(InvalidDocumentException.class,
                () -> arxiv.sourceBuilder().maxPdfBytes(50_000).build().fetch(ArxivId.parse("2101.01234v1")));

        assertThat(thrown.reason()).isEqualTo(InvalidDocumentException.Reason.TOO_LARGE);
        assertThat(thrown.document()).isEqualTo(arxiv.pdfUrl() + "2101.01234v1");
        assertThat(thrown).hasMessageContaining("sent more than 50000 bytes");
    }

    @Test
    void aMissingPdfIsPaperNotFound() {
        arxiv.server().stubFor(get(urlEqualTo("/pdf/2101.99999v1")).willReturn(aResponse().withStatus(404)));

        PaperNotFoundException thrown = catchThrowableOfType(PaperNotFoundException.class,
                () -> arxiv.sourceBuilder().build().fetch(PaperId.parse("arxiv:2101.99999v1")));

        assertThat(thrown.paper()).isEqualTo("arxiv:2101.99999v1");
        assertThat(thrown).hasMessageContaining(arxiv.pdfUrl() + "2101.99999v1");
    }

    @Test
    void anErrorFeedInsteadOfAPdfIsRefusedWithArxivsMessage() {
        arxiv.server().stubFor(get(urlEqualTo("/pdf/2101.00001v1")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/atom+xml")
                .withBody(AtomFeeds.error("incorrect_id_format_for_abc", "incorrect id format for abc"))));

        ArxivApiException thrown = catchThrowableOfType(ArxivApiException.class,
                () -> arxiv.sourceBuilder().build().fetch(PaperId.parse("arxiv:2101.00001v1")));

        assertThat(thrown.status()).isEqualTo(400);
        assertThat(thrown.arxivMessage()).isEqualTo("incorrect id format for abc");
        assertThat(thrown).hasMessageContaining(arxiv.pdfUrl() + "2101.00001v1")
                .hasMessageContaining("incorrect id format for abc");
    }

    @Test
    void anErrorStatusWithoutAnErrorFeedIsRefusedWithoutAnArxivMessage() {
        arxiv.server().stubFor(get(urlEqualTo("/pdf/2101.00001v1")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Forbidden</body></html>")));

        ArxivApiException thrown = catchThrowableOfType(ArxivApiException.class,
                () -> arxiv.sourceBuilder().build().fetch(PaperId.parse("arxiv:2101.00001v1")));

        assertThat(thrown.status()).isEqualTo(403);
        assertThat(thrown.arxivMessage()).isNull();
        assertThat(thrown).hasMessageContaining("HTTP 403 instead of a PDF.");
    }

    @Test
    void aPdfDownloadIsRetriedAfterA503() {
        arxiv.server().stubFor(get(urlEqualTo("/pdf/2101.01234v1")).inScenario("pdf").whenScenarioStateIs(STARTED)
                .willSetStateTo("up").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "4")));
        arxiv.server().stubFor(get(urlEqualTo("/pdf/2101.01234v1")).inScenario("pdf").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withBody(SMALL_PDF)));

        PdfDocument document = arxiv.sourceBuilder().build().fetch(ArxivId.parse("2101.01234v1"));

        assertThat(document.content()).isEqualTo(SMALL_PDF);
        assertThat(arxiv.time().waits()).containsExactly(Duration.ofSeconds(4));
    }

    @Test
    void craftedIdsNeverReachTheNetwork() {
        ArxivSource source = arxiv.sourceBuilder().build();

        assertThatThrownBy(() -> source.fetch(PaperId.parse("arxiv:../../x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.fetch(new PaperId("arxiv", "/etc/passwd"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.fetch(new PaperId("arxiv", "2101.01234\u0000"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.fetch(new PaperId("arxiv", "internal/admin"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.fetch(new PaperId("arxiv", "2101.01234/../../admin")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.metadata(new PaperId("arxiv", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Invalid arXiv id");
        assertThatThrownBy(() -> source.fetch(PaperId.parse("sha256:abcdef"))).isInstanceOf(PaperNotFoundException.class)
                .hasMessageContaining("only fetches arxiv: ids");
        assertThat(arxiv.received()).isEmpty();
    }

    private void servePdf(String path, byte[] pdf) {
        arxiv.server().stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(pdf)));
    }

    private static byte[] pdfOfSize(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(SMALL_PDF);
        while (out.size() < size) {
            out.write('%');
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
