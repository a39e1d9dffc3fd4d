package io.papyri.core.arxiv;

import io.papyri.api.DocumentLimits;
import io.papyri.api.PaperId;
import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.spi.PaperSource;
import io.papyri.api.spi.PaperSourceProvider;
import io.papyri.api.spi.ProviderContext;
import io.papyri.core.internal.LayeredSettings;
import io.papyri.core.internal.SettingsContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArxivSourceProviderTest {

    @RegisterExtension
    final ArxivWireMock arxiv = new ArxivWireMock();

    @Test
    void theProviderIsFoundByNameThroughTheServiceLoader() {
        List<String> names = ServiceLoader.load(PaperSourceProvider.class).stream()
                .map(ServiceLoader.Provider::get).map(PaperSourceProvider::name).toList();

        assertThat(names).contains("arxiv");
    }

    @Test
    void environmentVariablesSetTheEndpointsSoTestsAndMirrorsWork() {
        arxiv.server().stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse().withStatus(200)
                .withBody(AtomFeeds.modern("", 1, 0, 1, List.of(AtomFeeds.Entry.of("2101.00001v1"))))));
        Map<String, String> environment = Map.of(
                "PAPYRI_ARXIV_API_URL", arxiv.apiUrl(),
                "PAPYRI_ARXIV_PDF_URL", arxiv.pdfUrl(),
                "PAPYRI_ARXIV_MIN_INTERVAL", "PT0S",
                "PAPYRI_ARXIV_USER_AGENT", "env-agent/1.0");
        ProviderContext context = context(Map.of(), environment);

        try (PaperSource source = new ArxivSourceProvider().create(context)) {
            assertThat(source.metadata(PaperId.parse("arxiv:2101.00001"))).isPresent();
            ArxivSource arxivSource = (ArxivSource) source;
            assertThat(arxivSource.apiUrl()).isEqualTo(URI.create(arxiv.apiUrl()));
            assertThat(arxivSource.pdfBaseUrl()).isEqualTo(URI.create(arxiv.pdfUrl()));
        }
        assertThat(arxiv.received()).singleElement().extracting(ArxivWireMock.Received::userAgent).isEqualTo("env-agent/1.0");
    }

    @Test
    void builderSettingsWinOverTheEnvironment() {
        ProviderContext context = context(Map.of("papyri.arxiv.api-url", "http://127.0.0.1:9/api/query",
                        "papyri.arxiv.allowed-hosts", "mirror.example.org, cache.example.org"),
                Map.of("PAPYRI_ARXIV_API_URL", "http://10.0.0.1/api/query"));

        ArxivSource source = (ArxivSource) new ArxivSourceProvider().create(context);

        assertThat(source.apiUrl()).isEqualTo(URI.create("http://127.0.0.1:9/api/query"));
        assertThat(source.pdfBaseUrl()).isEqualTo(URI.create(ArxivSource.DEFAULT_PDF_URL));
        assertThat(source.allowedHosts()).isEqualTo(Set.of("127.0.0.1", "arxiv.org", "mirror.example.org", "cache.example.org"));
    }

    @Test
    void theDefaultsAreArxivsOwnEndpoints() {
        ArxivSource source = (ArxivSource) new ArxivSourceProvider().create(context(Map.of(), Map.of()));

        assertThat(source.apiUrl()).isEqualTo(URI.create("https://export.arxiv.org/api/query"));
        assertThat(source.pdfBaseUrl()).isEqualTo(URI.create("https://arxiv.org/pdf/"));
        assertThat(source.allowedHosts()).containsExactlyInAnyOrder("export.arxiv.org", "arxiv.org");
        assertThat(source.pdfUrl(ArxivId.parse("math/0405482v1")))
                .isEqualTo(URI.create("https://arxiv.org/pdf/math/0405482v1"));
    }

    @Test
    void malformedSettingsFailWithTheKeyNamed() {
        assertThatThrownBy(() -> create(Map.of("papyri.arxiv.api-url", "file:///etc/passwd")))
                .isInstanceOf(ProviderConfigurationException.class).hasMessageContaining("papyri.arxiv.api-url");
        assertThatThrownBy(() -> create(Map.of("papyri.arxiv.pdf-url", "not a url")))
                .isInstanceOf(ProviderConfigurationException.class).hasMessageContaining("papyri.arxiv.pdf-url");
        assertThatThrownBy(() -> create(Map.of("papyri.arxiv.page-size", "5000")))
                .isInstanceOf(ProviderConfigurationException.class).hasMessageContaining("papyri.arxiv.page-size")
                .hasMessageContaining("2000");
        assertThatThrownBy(() -> create(Map.of("papyri.arxiv.min-interval", "soon")))
                .isInstanceOf(ProviderConfigurationException.class).hasMessageContaining("papyri.arxiv.min-interval");
        assertThatThrownBy(() -> create(Map.of("papyri.arxiv.user-agent", "bad\r\nX-Injected: 1")))
                .isInstanceOf(ProviderConfigurationException.class).hasMessageContaining("papyri.arxiv.user-agent");
        assertThatThrownBy(() -> create(Map.of("papyri.arxiv.allowed-hosts", "http://evil.example/x")))
                .isInstanceOf(ProviderConfigurationException.class).hasMessageContaining("papyri.arxiv.allowed-hosts");
        assertThatThrownBy(() -> create(Map.of("papyri.arxiv.retry-initial-delay", "PT5M",
                "papyri.arxiv.retry-max-delay", "PT1M")))
                .isInstanceOf(ProviderConfigurationException.class).hasMessageContaining("retry max delay");
    }

    @Test
    void theByteLimitComesFromTheDocumentLimits() {
        arxiv.server().stubFor(get(urlPathEqualTo("/pdf/2101.01234v1")).willReturn(aResponse().withStatus(200)
                .withBody("%PDF-1.4 and then far too much")));
        ProviderContext context = new SettingsContext(settings(Map.of("papyri.arxiv.api-url", arxiv.apiUrl(),
                "papyri.arxiv.pdf-url", arxiv.pdfUrl(), "papyri.arxiv.min-interval", "0"), Map.of()),
                Clock.systemUTC(), new DocumentLimits(10, 10, Duration.ofSeconds(5)));

        PaperSource source = new ArxivSourceProvider().create(context);

        assertThatThrownBy(() -> source.fetch(PaperId.parse("arxiv:2101.01234v1")))
                .hasMessageContaining("over the limit of 10 bytes");
    }

    private static PaperSource create(Map<String, String> explicit) {
        return new ArxivSourceProvider().create(context(explicit, Map.of()));
    }

    private static ProviderContext context(Map<String, String> explicit, Map<String, String> environment) {
        return new SettingsContext(settings(explicit, environment), Clock.systemUTC(), DocumentLimits.DEFAULT);
    }

    private static LayeredSettings settings(Map<String, String> explicit, Map<String, String> environment) {
        return new LayeredSettings(explicit, key -> null, environment::get, new Properties());
    }
}
