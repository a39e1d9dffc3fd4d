package io.papyri.core.arxiv.internal;

import io.papyri.api.InvalidDocumentException;
import io.papyri.api.PaperId;
import io.papyri.api.PdfDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PdfResponseReaderTest {

    private static final URI URL = URI.create("https://arxiv.org/pdf/2101.01234v1");
    private static final PaperId ID = PaperId.parse("arxiv:2101.01234v1");
    private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

    @Test
    void anEndlessBodyIsAbandonedJustPastTheLimit() {
        EndlessPdf body = new EndlessPdf();
        PdfResponseReader reader = new PdfResponseReader(ID, 1_000_000, URL.toString());

        InvalidDocumentException thrown = catchThrowableOfType(InvalidDocumentException.class,
                () -> reader.read(URL, 200, NO_HEADERS, body));

        assertThat(thrown.reason()).isEqualTo(InvalidDocumentException.Reason.TOO_LARGE);
        assertThat(thrown.document()).isEqualTo(URL.toString());
        assertThat(body.served).as("read no more than one chunk past the limit").isBetween(1_000_001L, 1_000_000L + 64 * 1024);
    }

    @Test
    void onlyTheFirstBytesOfANonPdfAreRead() {
        EndlessPdf body = new EndlessPdf("<!DOCTYPE html>");
        HttpHeaders html = HttpHeaders.of(Map.of("Content-Type", List.of("text/html")), (name, value) -> true);

        InvalidDocumentException thrown = catchThrowableOfType(InvalidDocumentException.class,
                () -> new PdfResponseReader(ID, 1_000_000, URL.toString()).read(URL, 200, html, body));

        assertThat(thrown.reason()).isEqualTo(InvalidDocumentException.Reason.NOT_PDF);
        assertThat(thrown).hasMessageContaining("'<!DOC'").hasMessageContaining("text/html");
        assertThat(body.served).isEqualTo(5);
    }

    @Test
    void aPdfWithinTheLimitIsKeptWhole() throws Exception {
        byte[] pdf = "%PDF-1.7\nhello\n%%EOF".getBytes(StandardCharsets.US_ASCII);

        PdfDocument document = new PdfResponseReader(ID, pdf.length, URL.toString())
                .read(URL, 200, NO_HEADERS, new ByteArrayInputStream(pdf));

        assertThat(document.content()).isEqualTo(pdf);
        assertThat(document.origin()).isEqualTo(URL.toString());
        assertThat(document.id()).isEqualTo(ID);
    }

    /** A body that never ends, counting what was taken from it. */
    private static final class EndlessPdf extends InputStream {
        private final byte[] head;
        private long served;

        EndlessPdf() {
            this("%PDF-1.5\n");
        }

        EndlessPdf(String head) {
            this.head = head.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public int read() {
            return served < head.length ? head[(int) served++] : (int) (served++ % 26) + 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = (byte) read();
            }
            return length;
        }
    }
}
