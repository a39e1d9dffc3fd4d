package io.papyri.local.pdf;

import io.papyri.api.DocumentLimits;
import io.papyri.api.InvalidDocumentException;
import io.papyri.api.spi.ProviderContext;
import io.papyri.api.spi.TextExtractor;
import io.papyri.api.spi.TextExtractorProvider;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The provider is found by name through {@link ServiceLoader} and hands the context's limits on. */
class PdfBoxTextExtractorProviderTest {

    @Test
    void isFoundAsPdfbox() {
        Optional<TextExtractorProvider> found = ServiceLoader.load(TextExtractorProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("pdfbox"))
                .findFirst();

        assertThat(found).containsInstanceOf(PdfBoxTextExtractorProvider.class);
        assertThat(found.orElseThrow().description()).contains("PDFBox").contains("OCR");
    }

    @Test
    void createsAnExtractorThatKeepsTheContextsLimits() {
        DocumentLimits limits = new DocumentLimits(100, 10, Duration.ofSeconds(30));
        ProviderContext context = new ProviderContext() {
            @Override
            public Optional<String> setting(String key) {
                return Optional.empty();
            }

            @Override
            public Clock clock() {
                return Clock.systemUTC();
            }

            @Override
            public DocumentLimits limits() {
                return limits;
            }
        };

        TextExtractor extractor = new PdfBoxTextExtractorProvider().create(context);

        assertThat(extractor).isInstanceOf(PdfBoxTextExtractor.class);
        byte[] pdf = new GeneratedPdf().page().text(72, 100, GeneratedPdf.ROMAN, 10, "Too big for 100 bytes.").bytes();
        assertThatThrownBy(() -> extractor.extract(GeneratedPdf.document("small-limit", pdf)))
                .isInstanceOfSatisfying(InvalidDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidDocumentException.Reason.TOO_LARGE));
    }
}
