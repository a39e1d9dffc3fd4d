package io.papyri.core;

import io.papyri.api.DocumentLimits;
import io.papyri.api.ExtractedDocument;
import io.papyri.api.InvalidDocumentException;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.PaperNotFoundException;
import io.papyri.api.Paragraph;
import io.papyri.api.PdfDocument;
import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.Section;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;
import io.papyri.api.spi.TextExtractor;
import io.papyri.core.pipeline.PipelineListener;
import io.papyri.core.pipeline.PipelineStage;
import io.papyri.core.pipeline.StageEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PapyriBuilderTest {

    private static final PaperId ID = PaperId.parse("arxiv:1706.03762");
    private static final Paper PAPER = new Paper(ID, "Attention Is All You Need", List.of("A. Vaswani"), "",
            List.of(new Section("1 Introduction", 1, 1, List.of(new Paragraph("Recurrent models are slow.", 1)))),
            List.of(), List.of(), Map.of());

    @Test
    void unknownProviderNameFailsAtBuildTimeListingTheInstalledOnes() {
        assertThatThrownBy(() -> Papyri.builder().summarizer("gpt-17").build())
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("No Summarizer provider named 'gpt-17'")
                .hasMessageContaining("asked for by the builder")
                .hasMessageContaining("installed: first-paragraph");
    }

    @Test
    void unknownProviderNameFromASettingNamesTheSetting() {
        assertThatThrownBy(() -> Papyri.builder().setting("papyri.answerer", "oracle").build())
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("'oracle'")
                .hasMessageContaining("none is installed");
    }

    @Test
    void providerFoundThroughServiceLoaderIsCreatedOnceWithItsSettingsAndClosed() {
        int createdBefore = FixtureSummarizerProvider.CREATED.get();
        int closedBefore = FixtureSummarizerProvider.CLOSED.get();
        try (Papyri papyri = Papyri.builder().summarizer("first-paragraph")
                .setting("papyri.fixture.prefix", "In short:").build()) {
            Summary first = papyri.summarize(PAPER, SummaryStyle.TLDR);
            papyri.summarize(PAPER, SummaryStyle.ABSTRACT);
            assertThat(first.text()).isEqualTo("In short: Recurrent models are slow.");
            assertThat(first.sentences().get(0).source().page()).isEqualTo(1);
            assertThat(FixtureSummarizerProvider.CREATED.get()).isEqualTo(createdBefore + 1);
            assertThat(papyri.providers()).containsEntry("summarizer", "first-paragraph");
        }
        assertThat(FixtureSummarizerProvider.CLOSED.get()).isEqualTo(closedBefore + 1);
    }

    @Test
    void defaultProviderThatIsNotInstalledFailsOnUseWithWhatToDo() {
        try (Papyri papyri = Papyri.builder().build()) {
            assertThat(papyri.providers()).containsEntry("answerer", "local (not installed)");
            assertThatThrownBy(() -> papyri.answer(PAPER, "What is attention?"))
                    .isInstanceOf(ProviderConfigurationException.class)
                    .hasMessageContaining("No QuestionAnswerer provider is installed under the default name 'local'")
                    .hasMessageContaining("papyri-local")
                    .hasMessageContaining("papyri.answerer");
        }
    }

    @Test
    void malformedLimitSettingFailsAtBuildTime() {
        assertThatThrownBy(() -> Papyri.builder().setting(Papyri.MAX_PAGES, "many").build())
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("papyri.limits.max-pages='many' is not a whole number");
        assertThatThrownBy(() -> Papyri.builder().setting(Papyri.MAX_PAGES, "0").build())
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("maxPages must be positive");
    }

    @Test
    void limitsComeFromSettings() {
        try (Papyri papyri = Papyri.builder().setting(Papyri.MAX_PDF_BYTES, "1000")
                .setting(Papyri.MAX_PAGES, "3").setting(Papyri.TIMEOUT, "PT5S").build()) {
            assertThat(papyri.limits()).isEqualTo(new DocumentLimits(1000, 3, Duration.ofSeconds(5)));
        }
    }

    @Test
    void listenerHearsEachStageWithProviderAndDurationFromTheInjectedClock() {
        SteppingClock clock = new SteppingClock(Duration.ofMillis(250));
        List<String> heard = new ArrayList<>();
        PipelineListener listener = new PipelineListener() {
            @Override
            public void stageStarted(StageEvent event) {
                heard.add("start " + event.stage() + " " + event.subject() + " " + event.provider());
            }

            @Override
            public void stageFinished(StageEvent event, Duration duration) {
                heard.add("finish " + event.stage() + " " + duration.toMillis());
            }
        };
        try (Papyri papyri = Papyri.builder().summarizer("first-paragraph").clock(clock).listener(listener).build()) {
            papyri.summarize(PAPER, SummaryStyle.TLDR);
        }
        assertThat(heard).containsExactly("start SUMMARIZE arxiv:1706.03762 first-paragraph", "finish SUMMARIZE 250");
    }

    @Test
    void failingStageIsReportedAndAFailingListenerDoesNotBreakTheCall() {
        List<Throwable> failures = new ArrayList<>();
        PipelineListener broken = new PipelineListener() {
            @Override
            public void stageStarted(StageEvent event) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void stageFailed(StageEvent event, Duration duration, Throwable error) {
                failures.add(error);
            }
        };
        TextExtractor failing = pdf -> {
            throw new InvalidDocumentException(InvalidDocumentException.Reason.CORRUPT, pdf.origin(), "damaged");
        };
        try (Papyri papyri = Papyri.builder().extractor(failing).listener(broken).build()) {
            PdfDocument pdf = new PdfDocument(ID, new byte[]{1}, "memory");
            assertThatThrownBy(() -> papyri.extract(pdf)).isInstanceOf(InvalidDocumentException.class)
                    .hasMessage("damaged");
        }
        assertThat(failures).singleElement().isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void documentThatTakesTooLongIsStoppedWithATypedError() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        TextExtractor hanging = pdf -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            throw new IllegalStateException("unreachable");
        };
        try (Papyri papyri = Papyri.builder().extractor(hanging).cleaner(doc -> PAPER)
                .limits(new DocumentLimits(1_000, 10, Duration.ofMillis(200))).build()) {
            PdfDocument pdf = new PdfDocument(ID, new byte[]{1}, "slow.pdf");
            assertThatThrownBy(() -> papyri.read(pdf))
                    .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                        assertThat(e.reason()).isEqualTo(InvalidDocumentException.Reason.TIMED_OUT);
                        assertThat(e.document()).isEqualTo("slow.pdf");
                    })
                    .hasMessageContaining("papyri.limits.timeout");
        }
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the stuck work was interrupted").isTrue();
    }

    @Test
    void readingAFileRunsExtractThenCleanAndIdentifiesItByContent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("paper.pdf");
        Files.write(file, "%PDF-1.7 fake".getBytes());
        List<PaperId> extractedIds = new ArrayList<>();
        TextExtractor extractor = pdf -> {
            extractedIds.add(pdf.id());
            return new ExtractedDocument(pdf.id(), "fixture", List.of(), Map.of());
        };
        try (Papyri papyri = Papyri.builder().extractor(extractor).cleaner(doc -> PAPER).build()) {
            assertThat(papyri.read(file)).isSameAs(PAPER);
        }
        assertThat(extractedIds).singleElement().satisfies(id -> {
            assertThat(id.scheme()).isEqualTo("sha256");
            assertThat(id.local()).hasSize(64);
        });
    }

    @Test
    void missingOrOversizeFilesAreRefusedBeforeReading(@TempDir Path dir) throws Exception {
        try (Papyri papyri = Papyri.builder().limits(new DocumentLimits(10, 10, Duration.ofSeconds(5))).build()) {
            assertThatThrownBy(() -> papyri.read(dir.resolve("missing.pdf")))
                    .isInstanceOf(PaperNotFoundException.class).hasMessageContaining("check the path");
            Path big = Files.write(dir.resolve("big.pdf"), new byte[11]);
            assertThatThrownBy(() -> papyri.read(big))
                    .isInstanceOfSatisfying(InvalidDocumentException.class,
                            e -> assertThat(e.reason()).isEqualTo(InvalidDocumentException.Reason.TOO_LARGE))
                    .hasMessageContaining("papyri.limits.max-pdf-bytes");
        }
    }

    @Test
    void settingKeysOutsideThePapyriNamespaceAreRejected() {
        assertThatThrownBy(() -> Papyri.builder().setting("aws.region", "eu-west-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("papyri.");
    }

    /** A clock that moves forward a fixed step at every reading. */
    private static final class SteppingClock extends Clock {
        private final Duration step;
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        SteppingClock(Duration step) {
            this.step = step;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            Instant current = now;
            now = now.plus(step);
            return current;
        }
    }
}
