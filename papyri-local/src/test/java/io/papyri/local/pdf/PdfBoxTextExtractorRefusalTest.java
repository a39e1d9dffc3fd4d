package io.papyri.local.pdf;

import io.papyri.api.DocumentLimits;
import io.papyri.api.ExtractedDocument;
import io.papyri.api.InvalidDocumentException;
import io.papyri.api.InvalidDocumentException.Reason;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static io.papyri.local.pdf.GeneratedPdf.ROMAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every kind of bad input ends in an {@link InvalidDocumentException} that names the document and says why. */
class PdfBoxTextExtractorRefusalTest {

    private final PdfBoxTextExtractor extractor = new PdfBoxTextExtractor(DocumentLimits.DEFAULT, Clock.systemUTC());

    @Test
    void refusesAnHtmlPageAndSaysWhatItIs() {
        byte[] html = "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Please log in</body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertRefused(() -> extractor.extract(GeneratedPdf.document("landing", html)), Reason.NOT_PDF, "landing.pdf")
                .hasMessageContaining("HTML page")
                .hasMessageContaining("<!DOCTYPE html>");
    }

    @Test
    void refusesRandomBytes() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);

        assertRefused(() -> extractor.extract(GeneratedPdf.document("noise", noise)), Reason.NOT_PDF, "noise.pdf")
                .hasMessageContaining("binary data");
    }

    @Test
    void refusesATruncatedPdf() {
        byte[] whole = textPages(3);
        byte[] cut = Arrays.copyOf(whole, whole.length / 3);

        assertRefused(() -> extractor.extract(GeneratedPdf.document("cut", cut)), Reason.CORRUPT, "cut.pdf")
                .hasMessageContaining("truncated")
                .hasMessageContaining("fetch it again");
    }

    @Test
    void refusesADamagedPdfWhoseBodyIsGarbage() {
        byte[] garbage = new byte[2048];
        new Random(11).nextBytes(garbage);
        byte[] damaged = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), garbage,
                "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        assertRefused(() -> extractor.extract(GeneratedPdf.document("damaged", damaged)), Reason.CORRUPT, "damaged.pdf")
                .hasMessageContaining("damaged");
    }

    @Test
    void refusesAPdfThatNeedsAPassword() {
        byte[] locked = withText(new GeneratedPdf().page()).protect("owner-secret", "user-secret", new AccessPermission())
                .bytes();

        assertRefused(() -> extractor.extract(GeneratedPdf.document("locked", locked)), Reason.ENCRYPTED, "locked.pdf")
                .hasMessageContaining("password");
    }

    @Test
    void readsAPdfThatOnlyRestrictsWhatOwnersAllow() {
        AccessPermission restricted = new AccessPermission();
        restricted.setCanExtractContent(false);
        restricted.setCanPrint(false);
        byte[] restrictedPdf = withText(new GeneratedPdf().page()).protect("owner-secret", "", restricted).bytes();

        ExtractedDocument document = extractor.extract(GeneratedPdf.document("restricted", restrictedPdf));

        assertThat(document.pages().get(0).lines()).extracting(l -> l.text())
                .contains("Line 1 of a page with enough text to count as a text layer.");
    }

    @Test
    void refusesAPdfWithoutPages() {
        byte[] empty = new GeneratedPdf().bytes();

        assertRefused(() -> extractor.extract(GeneratedPdf.document("empty", empty)), Reason.NO_PAGES, "empty.pdf");
    }

    @Test
    void refusesAScanWithoutTextLayerAndPointsToOcr() {
        byte[] scan = new GeneratedPdf().page().image(36, 36, 540, 720).page().image(36, 36, 540, 720).bytes();

        assertRefused(() -> extractor.extract(GeneratedPdf.document("scan", scan)), Reason.NO_TEXT_LAYER, "scan.pdf")
                .hasMessageContaining("textract")
                .hasMessageContaining("-Dpapyri.extractor=textract");
    }

    @Test
    void refusesADocumentOverTheByteLimitBeforeParsingIt() {
        PdfBoxTextExtractor strict = new PdfBoxTextExtractor(
                new DocumentLimits(1_000, 100, Duration.ofMinutes(1)), Clock.systemUTC());
        byte[] pdf = textPages(1);
        byte[] junk = new byte[5_000]; // not even a PDF: the size is checked first

        assertRefused(() -> strict.extract(GeneratedPdf.document("big", pdf)), Reason.TOO_LARGE, "big.pdf")
                .hasMessageContaining("1,000");
        assertRefused(() -> strict.extract(GeneratedPdf.document("junk", junk)), Reason.TOO_LARGE, "junk.pdf");
    }

    @Test
    void refusesADocumentOverThePageLimit() {
        PdfBoxTextExtractor strict = new PdfBoxTextExtractor(
                new DocumentLimits(10_000_000, 2, Duration.ofMinutes(1)), Clock.systemUTC());

        assertRefused(() -> strict.extract(GeneratedPdf.document("long", textPages(3))), Reason.TOO_MANY_PAGES,
                "long.pdf").hasMessageContaining("3 pages");
    }

    @Test
    void stopsWhenTheClockPassesTheDeadline() {
        Clock jumping = new JumpingClock(Instant.parse("2024-01-01T00:00:00Z"), Duration.ofMinutes(10));
        PdfBoxTextExtractor timed = new PdfBoxTextExtractor(
                new DocumentLimits(10_000_000, 100, Duration.ofMinutes(2)), jumping);

        assertRefused(() -> timed.extract(GeneratedPdf.document("slow", textPages(3))), Reason.TIMED_OUT, "slow.pdf")
                .hasMessageContaining("PT2M");
    }

    @Test
    void readsTheSameDocumentWithAClockThatStandsStill() {
        Clock fixed = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
        PdfBoxTextExtractor timed = new PdfBoxTextExtractor(
                new DocumentLimits(10_000_000, 100, Duration.ofMinutes(2)), fixed);

        assertThat(timed.extract(GeneratedPdf.document("fine", textPages(3))).pageCount()).isEqualTo(3);
    }

    private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
            ThrowingCallable call, Reason reason, String origin) {
        return assertThatThrownBy(call)
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.document()).isEqualTo(origin);
                })
                .hasMessageContaining(origin);
    }

    private static byte[] textPages(int pages) {
        GeneratedPdf pdf = new GeneratedPdf();
        for (int p = 0; p < pages; p++) {
            withText(pdf.page());
        }
        return pdf.bytes();
    }

    private static GeneratedPdf withText(GeneratedPdf pdf) {
        for (int i = 1; i <= 12; i++) {
            pdf.text(72, 90 + 14 * i, ROMAN, 10, "Line " + i + " of a page with enough text to count as a text layer.");
        }
        return pdf;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] part : parts) {
            n += part.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** A clock that tells the start time once, then a time far past any deadline. */
    private static final class JumpingClock extends Clock {
        private final Instant start;
        private final Duration jump;
        private final AtomicInteger reads = new AtomicInteger();

        JumpingClock(Instant start, Duration jump) {
            this.start = start;
            this.jump = jump;
        }

        @Override
        public Instant instant() {
            return reads.getAndIncrement() == 0 ? start : start.plus(jump);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
