package io.papyri.local.folder;

import io.papyri.api.DocumentLimits;
import io.papyri.api.InvalidDocumentException;
import io.papyri.api.PaperId;
import io.papyri.api.PaperMetadata;
import io.papyri.api.PaperNotFoundException;
import io.papyri.api.PdfDocument;
import io.papyri.api.SearchQuery;
import io.papyri.api.SearchQuery.SortOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The folder source over PDFs generated in a temporary folder. */
class FolderSourceTest {

    private static final String RESNET_TITLE = "Deep Residual Learning for Image Recognition";
    private static final String RESNET_ABSTRACT = "Deeper neural networks are more difficult to train. We present a"
            + " residual learning framework to ease the training of networks that are substantially deeper than"
            + " those used previously. We reformulate the layers as learning residual functions with reference to"
            + " the layer inputs.";
    private static final String TRANSFORMER_TITLE = "Attention Is All You Need";
    private static final String TRANSFORMER_ABSTRACT = "The dominant sequence transduction models are based on"
            + " complex recurrent or convolutional neural networks. We propose a new simple network architecture,"
            + " the Transformer, based solely on attention mechanisms, dispensing with recurrence and convolutions"
            + " entirely.";
    private static final String DISTILL_TITLE = "Distilling the Knowledge in a Neural Network";
    private static final String DISTILL_ABSTRACT = "A very simple way to improve the performance of almost any"
            + " machine learning algorithm is to train many different models on the same data and then to average"
            + " their predictions. We show that we can compress the knowledge in an ensemble into a single model.";

    @TempDir
    Path folder;
    @TempDir
    Path indexDirectory;

    private final CountingExtractor extractor = new CountingExtractor();
    private final List<FolderSource> opened = new ArrayList<>();

    @BeforeEach
    void writeLibrary() throws IOException {
        write("resnet.pdf", PaperPdf.paper(RESNET_TITLE, "Kaiming He Xiangyu Zhang", RESNET_ABSTRACT));
        Files.createDirectories(folder.resolve("nlp"));
        write("nlp/attention.PDF", PaperPdf.paper(TRANSFORMER_TITLE, "Ashish Vaswani Noam Shazeer",
                TRANSFORMER_ABSTRACT));
        write("distillation.pdf", PaperPdf.paper(DISTILL_TITLE, "Geoffrey Hinton Oriol Vinyals", DISTILL_ABSTRACT));
        write("notes.txt", "not a paper".getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void closeSources() {
        opened.forEach(FolderSource::close);
    }

    @Test
    void listsEveryPdfWithTheTitleAndAbstractReadFromIt() {
        List<PaperMetadata> papers = source().list();

        assertThat(papers).extracting(p -> p.id().toString())
                .containsExactly("folder:distillation.pdf", "folder:nlp/attention.PDF", "folder:resnet.pdf");
        assertThat(papers).extracting(PaperMetadata::title)
                .containsExactly(DISTILL_TITLE, TRANSFORMER_TITLE, RESNET_TITLE);
        PaperMetadata resnet = papers.get(2);
        assertThat(resnet.abstractText()).startsWith("Deeper neural networks are more difficult to train.")
                .contains("residual learning framework");
        assertThat(resnet.categories()).isEmpty();
        assertThat(resnet.pdfUrl()).isNull();
        assertThat(resnet.published()).isEqualTo(modified("resnet.pdf")).isEqualTo(resnet.updated());
        assertThat(extractor.count()).isEqualTo(3);
    }

    @Test
    void searchPutsTheBestMatchingPaperFirst() {
        FolderSource source = source();

        assertThat(titles(source, SearchQuery.of("residual learning"))).first().isEqualTo(RESNET_TITLE);
        assertThat(titles(source, SearchQuery.of("attention transformer"))).containsExactly(TRANSFORMER_TITLE);
        assertThat(titles(source, SearchQuery.of("knowledge ensemble"))).containsExactly(DISTILL_TITLE);
        // "networks" is in every abstract, "deeper" only in one: stemming and BM25 rank that one first
        assertThat(titles(source, SearchQuery.of("deep networks"))).first().isEqualTo(RESNET_TITLE);
    }

    @Test
    void aPhraseMustAppearAsWritten() {
        FolderSource source = source();

        assertThat(titles(source, SearchQuery.of("\"learning residual functions\""))).containsExactly(RESNET_TITLE);
        assertThat(titles(source, SearchQuery.of("\"residual learning functions\""))).isEmpty();
        // stemming: a phrase matches other forms of its words
        assertThat(titles(source, SearchQuery.of("\"neural network\""))).hasSize(3);
    }

    @Test
    void whenNoPaperHasEveryWordThoseWithAnyAreReturned() {
        assertThat(titles(source(), SearchQuery.of("transformer ensemble")))
                .containsExactlyInAnyOrder(TRANSFORMER_TITLE, DISTILL_TITLE);
    }

    @Test
    void fieldPrefixesLimitAWordToTheTitleOrAuthors() {
        FolderSource source = source();

        assertThat(titles(source, SearchQuery.of("ti:attention"))).containsExactly(TRANSFORMER_TITLE);
        assertThat(titles(source, SearchQuery.of("au:hinton"))).containsExactly(DISTILL_TITLE);
        // the abstract of the transformer paper says "attention", but no title except its own
        assertThat(titles(source, SearchQuery.of("ti:networks"))).containsExactly(DISTILL_TITLE);
    }

    @Test
    void aQueryWithoutWordsFindsNothing() {
        assertThat(source().search(SearchQuery.of("?! -- ::"))).isEmpty();
    }

    @Test
    void maxResultsAndDateOrderAreHonoured() throws IOException {
        setModified("resnet.pdf", Instant.parse("2015-12-10T00:00:00Z"));
        setModified("nlp/attention.PDF", Instant.parse("2017-06-12T00:00:00Z"));
        setModified("distillation.pdf", Instant.parse("2015-03-09T00:00:00Z"));
        FolderSource source = source();

        SearchQuery newestFirst = new SearchQuery("neural", 2, SortOrder.UPDATED, true, null, null);
        assertThat(titles(source, newestFirst)).containsExactly(TRANSFORMER_TITLE, RESNET_TITLE);
        SearchQuery oldestFirst = new SearchQuery("neural", 10, SortOrder.SUBMITTED, false, null, null);
        assertThat(titles(source, oldestFirst)).containsExactly(DISTILL_TITLE, RESNET_TITLE, TRANSFORMER_TITLE);
        SearchQuery in2015 = new SearchQuery("neural", 10, SortOrder.SUBMITTED, true,
                LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 10));
        assertThat(titles(source, in2015)).containsExactly(RESNET_TITLE, DISTILL_TITLE);
        SearchQuery relevance = new SearchQuery("residual", 1, SortOrder.RELEVANCE, true, null, null);
        assertThat(titles(source, relevance)).containsExactly(RESNET_TITLE);
    }

    @Test
    void addedChangedAndRemovedFilesAreNoticed() throws IOException {
        FolderSource source = source();
        assertThat(source.list()).hasSize(3);

        write("new/bert.pdf", PaperPdf.paper("Pre-training of Deep Bidirectional Transformers",
                "Jacob Devlin", "We introduce a new language representation model called BERT."));
        write("resnet.pdf", PaperPdf.paper("Identity Mappings in Deep Residual Networks", "Kaiming He",
                "Deep residual networks have emerged as a family of extremely deep architectures."));
        setModified("resnet.pdf", Instant.parse("2016-03-16T00:00:00Z"));
        Files.delete(folder.resolve("distillation.pdf"));

        FolderChanges changes = source.refresh();

        assertThat(changes.added()).containsExactly(PaperId.parse("folder:new/bert.pdf"));
        assertThat(changes.changed()).containsExactly(PaperId.parse("folder:resnet.pdf"));
        assertThat(changes.removed()).containsExactly(PaperId.parse("folder:distillation.pdf"));
        assertThat(source.refresh().isEmpty()).isTrue();
        assertThat(source.list()).extracting(PaperMetadata::title).containsExactly(
                "Pre-training of Deep Bidirectional Transformers", TRANSFORMER_TITLE,
                "Identity Mappings in Deep Residual Networks");
        assertThat(titles(source, SearchQuery.of("knowledge ensemble"))).isEmpty();
        assertThat(titles(source, SearchQuery.of("BERT"))).containsExactly(
                "Pre-training of Deep Bidirectional Transformers");
    }

    @Test
    void searchNoticesChangesWithoutAnExplicitRefresh() throws IOException {
        FolderSource source = source();
        assertThat(titles(source, SearchQuery.of("BERT"))).isEmpty();

        write("bert.pdf", PaperPdf.paper("Pre-training of Deep Bidirectional Transformers", "Jacob Devlin",
                "We introduce a new language representation model called BERT."));

        assertThat(titles(source, SearchQuery.of("BERT")))
                .containsExactly("Pre-training of Deep Bidirectional Transformers");
    }

    @Test
    void unchangedFilesAreNotReadAgain() throws IOException {
        FolderSource source = source();
        source.list();
        assertThat(extractor.count()).isEqualTo(3);

        source.list();
        source.search(SearchQuery.of("residual")).toList();
        source.metadata(PaperId.parse("folder:resnet.pdf"));
        assertThat(extractor.count()).as("nothing changed").isEqualTo(3);

        setModified("resnet.pdf", Instant.parse("2020-01-01T00:00:00Z"));
        FolderChanges touched = source.refresh();
        assertThat(touched.isEmpty()).as("same bytes, new time: %s", touched).isTrue();
        assertThat(extractor.count()).as("a touched file keeps what was read").isEqualTo(3);
        assertThat(source.metadata(PaperId.parse("folder:resnet.pdf")).orElseThrow().updated())
                .isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));

        Files.move(folder.resolve("distillation.pdf"), folder.resolve("hinton-2015.pdf"));
        FolderChanges renamed = source.refresh();
        assertThat(renamed.added()).containsExactly(PaperId.parse("folder:hinton-2015.pdf"));
        assertThat(renamed.removed()).containsExactly(PaperId.parse("folder:distillation.pdf"));
        assertThat(extractor.count()).as("a renamed file keeps what was read").isEqualTo(3);
        assertThat(source.metadata(PaperId.parse("folder:hinton-2015.pdf")).orElseThrow().title())
                .isEqualTo(DISTILL_TITLE);
    }

    @Test
    void theIndexOutlivesTheSource() {
        source().list();
        assertThat(extractor.count()).isEqualTo(3);

        List<PaperMetadata> again = source().list();

        assertThat(again).extracting(PaperMetadata::title).containsExactly(DISTILL_TITLE, TRANSFORMER_TITLE,
                RESNET_TITLE);
        assertThat(extractor.count()).as("a new source over the same index reads nothing").isEqualTo(3);
    }

    @Test
    void aBrokenPdfIsListedUnderItsFileName() throws IOException {
        write("broken paper.pdf", "%PDF-1.7\nthis is not really a PDF".getBytes(StandardCharsets.US_ASCII));
        write("empty.pdf", new byte[0]);
        FolderSource source = source();

        List<PaperMetadata> papers = source.list();

        assertThat(papers).extracting(PaperMetadata::title)
                .containsExactly("broken paper", DISTILL_TITLE, "empty", TRANSFORMER_TITLE, RESNET_TITLE);
        PaperMetadata broken = papers.get(0);
        assertThat(broken.id()).isEqualTo(PaperId.parse("folder:broken_20paper.pdf"));
        assertThat(broken.authors()).isEmpty();
        assertThat(broken.abstractText()).isEmpty();
        assertThat(titles(source, SearchQuery.of("broken"))).containsExactly("broken paper");
        int reads = extractor.count();
        source.list();
        assertThat(extractor.count()).as("a broken file is not tried again until it changes").isEqualTo(reads);
    }

    @Test
    void fetchReturnsTheFilesBytes() throws IOException {
        FolderSource source = source();

        PdfDocument pdf = source.fetch(PaperId.parse("folder:nlp/attention.PDF"));

        assertThat(pdf.content()).isEqualTo(Files.readAllBytes(folder.resolve("nlp/attention.PDF")));
        assertThat(pdf.id()).isEqualTo(PaperId.parse("folder:nlp/attention.PDF"));
        assertThat(Path.of(pdf.origin())).isEqualTo(folder.resolve("nlp/attention.PDF").toAbsolutePath());
        assertThat(source.metadata(pdf.id())).map(PaperMetadata::title).contains(TRANSFORMER_TITLE);
    }

    @Test
    void aFileWhoseNameNeedsEncodingCanBeFetchedBeforeAnyListing() throws IOException {
        write("2017/Attention Is All You_Need.pdf", Files.readAllBytes(folder.resolve("nlp/attention.PDF")));
        FolderSource source = source();
        PaperId id = FolderSource.idOf("2017/Attention Is All You_Need.pdf");

        assertThat(id).hasToString("folder:2017/Attention_20Is_20All_20You_5FNeed.pdf");
        assertThat(source.fetch(id).size()).isEqualTo(Files.size(folder.resolve("nlp/attention.PDF")));
        assertThat(source.metadata(id)).map(PaperMetadata::title).contains(TRANSFORMER_TITLE);
    }

    @Test
    void aFileNameThatCannotBeAnIdGetsADigestId() throws IOException {
        write("(2015) distillation.pdf", Files.readAllBytes(folder.resolve("distillation.pdf")));
        FolderSource source = source();
        PaperId id = FolderSource.idOf("(2015) distillation.pdf");

        assertThat(id.local()).matches("sha256-[0-9a-f]{64}");
        assertThat(source.list()).extracting(PaperMetadata::id).contains(id);
        assertThat(source.fetch(id).content()).isEqualTo(Files.readAllBytes(folder.resolve("distillation.pdf")));
    }

    @Test
    void unknownAndEscapingIdsAreNotFound() throws IOException {
        Path outside = Files.createTempFile(folder.getParent(), "outside", ".pdf");
        try {
            FolderSource source = source();
            String escaping = "folder:a/._2E/" + outside.getFileName();

            assertThatThrownBy(() -> source.fetch(PaperId.parse("folder:missing.pdf")))
                    .isInstanceOf(PaperNotFoundException.class).hasMessageContaining("folder:missing.pdf");
            assertThatThrownBy(() -> source.fetch(PaperId.parse(escaping)))
                    .isInstanceOf(PaperNotFoundException.class);
            assertThatThrownBy(() -> source.fetch(PaperId.parse("arxiv:1706.03762")))
                    .isInstanceOf(PaperNotFoundException.class);
            assertThat(source.metadata(PaperId.parse("arxiv:1706.03762"))).isEmpty();
            assertThat(source.metadata(PaperId.parse("folder:missing.pdf"))).isEmpty();
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void aPdfOverTheByteLimitIsListedButNotRead() throws IOException {
        long small = Files.size(folder.resolve("resnet.pdf")) - 1;
        FolderSource source = track(FolderSource.builder(folder).index(indexDirectory.resolve("index.db"))
                .extractor(extractor).limits(new DocumentLimits(small, 100, Duration.ofMinutes(1))).build());
        long largerFiles = List.of("resnet.pdf", "nlp/attention.PDF", "distillation.pdf").stream()
                .filter(f -> sizeOf(f) > small).count();

        List<PaperMetadata> papers = source.list();

        assertThat(papers).extracting(PaperMetadata::title).contains("resnet");
        assertThat(extractor.count()).isEqualTo(3 - largerFiles);
        assertThatThrownBy(() -> source.fetch(PaperId.parse("folder:resnet.pdf")))
                .isInstanceOfSatisfying(InvalidDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidDocumentException.Reason.TOO_LARGE));
    }

    @Test
    void hiddenFilesAndTheDefaultIndexAreSkipped() throws IOException {
        write(".hidden.pdf", Files.readAllBytes(folder.resolve("resnet.pdf")));
        Files.createDirectories(folder.resolve(".cache"));
        write(".cache/copy.pdf", Files.readAllBytes(folder.resolve("resnet.pdf")));
        FolderSource source = track(FolderSource.builder(folder).extractor(extractor).build());

        assertThat(source.list()).hasSize(3);
        assertThat(source.indexFile()).isEqualTo(folder.toAbsolutePath().resolve(".papyri-index.db"));
        assertThat(source.indexFile()).exists();
    }

    private FolderSource source() {
        return track(FolderSource.builder(folder).index(indexDirectory.resolve("index.db")).extractor(extractor)
                .threads(2).build());
    }

    private FolderSource track(FolderSource source) {
        opened.add(source);
        return source;
    }

    private static List<String> titles(FolderSource source, SearchQuery query) {
        return source.search(query).map(PaperMetadata::title).toList();
    }

    private void write(String relative, byte[] bytes) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private void setModified(String relative, Instant time) throws IOException {
        Files.setLastModifiedTime(folder.resolve(relative), FileTime.from(time));
    }

    private Instant modified(String relative) {
        try {
            return Instant.ofEpochMilli(Files.getLastModifiedTime(folder.resolve(relative)).toMillis());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long sizeOf(String relative) {
        try {
            return Files.size(folder.resolve(relative));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
