package io.papyri.local.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.papyri.api.DocumentLimits;
import io.papyri.api.ExtractedDocument;
import io.papyri.api.InvalidDocumentException;
import io.papyri.api.PageLayout;
import io.papyri.api.PaperId;
import io.papyri.api.PdfDocument;
import io.papyri.api.TextLine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the extractor over every paper of the shared corpus ({@code ../shared/corpus}, located by the
 * {@code papyri.shared.dir} system property that surefire sets) and checks it against the
 * hand-checked manifest: page counts, columns, the title at the top of page 1, the abstract read in
 * order, headings on lines of their own, and no stamps, ligatures or broken {@code ff} left.
 */
class PdfBoxTextExtractorCorpusTest {

    private static final Pattern ARXIV_STAMP = Pattern.compile("arXiv:\\s?\\d{4}\\.\\d{4,5}v\\d+\\s*\\[");
    /** Pages with fewer lines (title pages, reference tails, full-page figures) say little about columns. */
    private static final int BODY_PAGE_LINES = 30;

    private final PdfBoxTextExtractor extractor = new PdfBoxTextExtractor(DocumentLimits.DEFAULT, Clock.systemUTC());

    @TestFactory
    Stream<DynamicTest> everyCorpusPaper() throws IOException {
        String shared = System.getProperty("papyri.shared.dir");
        Path corpus = shared == null ? null : Path.of(shared, "corpus");
        assumeTrue(corpus != null && Files.isRegularFile(corpus.resolve("manifest.json")),
                "The shared corpus is not here (system property papyri.shared.dir=" + shared
                        + "): skipping the corpus checks. Run through Maven, or set -Dpapyri.shared.dir=<dir with corpus/>.");
        JsonNode manifest = new ObjectMapper().readTree(corpus.resolve("manifest.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode paper : manifest) {
            String file = paper.get("file").asText();
            tests.add(DynamicTest.dynamicTest(file, () -> check(corpus.resolve("pdfs").resolve(file), paper)));
        }
        return tests.stream();
    }

    private void check(Path file, JsonNode paper) throws IOException {
        PdfDocument pdf = new PdfDocument(new PaperId("corpus", file.getFileName().toString().replace(".pdf", "")),
                Files.readAllBytes(file), file.toString());
        if (paper.get("scanned").asBoolean()) {
            assertThatThrownBy(() -> extractor.extract(pdf))
                    .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.reason())
                            .isEqualTo(InvalidDocumentException.Reason.NO_TEXT_LAYER));
            return;
        }
        ExtractedDocument document = extractor.extract(pdf);
        String name = file.getFileName().toString();

        assertThat(document.pageCount()).as("pages of %s", name).isEqualTo(paper.get("pages").asInt());
        List<String> all = document.pages().stream().flatMap(p -> p.lines().stream()).map(TextLine::text).toList();
        assertThat(all).as("lines of %s", name)
                .noneMatch(t -> ARXIV_STAMP.matcher(t).find())
                .noneMatch(t -> t.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06))
                .noneMatch(t -> t.indexOf('\u21B5') >= 0 && t.matches(".*\\p{L}\u21B5.*|.*\u21B5\\p{L}.*"));

        checkColumns(document, paper.get("layout").asText(), name);
        checkTitleOpensFirstPage(document, paper.get("title").asText(), name);
        checkAbstractReadsInOrder(document, paper.get("abstract").asText(), name);
        checkHeadingsStandAlone(document, paper.get("section_headings"), name);
    }

    private static void checkColumns(ExtractedDocument document, String layout, String name) {
        List<PageLayout> body = document.pages().stream().filter(p -> p.lines().size() >= BODY_PAGE_LINES).toList();
        long twoColumn = body.stream().filter(p -> p.columns() == 2).count();
        if (layout.equals("two-column")) {
            assertThat(twoColumn).as("two-column body pages of %s", name).isGreaterThanOrEqualTo(Math.round(0.8 * body.size()));
        } else {
            assertThat(twoColumn).as("two-column body pages of %s", name).isLessThanOrEqualTo(Math.round(0.1 * body.size()));
        }
    }

    private static void checkTitleOpensFirstPage(ExtractedDocument document, String title, String name) {
        List<TextLine> lines = document.pages().get(0).lines();
        StringBuilder opening = new StringBuilder();
        for (int i = 0; i < Math.min(5, lines.size()); i++) {
            opening.append(lines.get(i).text()).append(' ');
        }
        assertThat(squeeze(opening.toString())).as("first lines of page 1 of %s", name).contains(squeeze(title));
    }

    /** Most three-word sequences of the printed abstract appear in the first pages: read in order, words whole. */
    private static void checkAbstractReadsInOrder(ExtractedDocument document, String abstractText, String name) {
        List<String> expected = words(abstractText);
        StringBuilder firstPages = new StringBuilder();
        document.pages().stream().limit(3).flatMap(p -> p.lines().stream())
                .forEach(l -> firstPages.append(l.text()).append(' '));
        Set<String> found = trigrams(words(firstPages.toString()));
        List<String> wanted = new ArrayList<>(trigrams(expected));
        long hits = wanted.stream().filter(found::contains).count();
        double recall = wanted.isEmpty() ? 1 : (double) hits / wanted.size();
        System.out.printf("corpus %-50s abstract trigram recall %.3f%n", name, recall);
        assertThat(recall).as("abstract trigram recall of %s", name).isGreaterThanOrEqualTo(0.8);
    }

    /**
     * Most printed section headings start a line of their own, or two lines when a long heading
     * wraps or a chapter number stands above its title ({@code CHAPTER 1} / {@code Introduction}).
     */
    private static void checkHeadingsStandAlone(ExtractedDocument document, JsonNode headings, String name) {
        if (headings.isEmpty()) {
            return;
        }
        Set<String> lineStarts = new HashSet<>();
        for (PageLayout page : document.pages()) {
            List<TextLine> lines = page.lines();
            for (int i = 0; i < lines.size(); i++) {
                String line = squeeze(lines.get(i).text());
                lineStarts.add(line);
                if (i + 1 < lines.size()) {
                    lineStarts.add(line + squeeze(lines.get(i + 1).text()));
                }
            }
        }
        int found = 0;
        List<String> missing = new ArrayList<>();
        for (JsonNode heading : headings) {
            String wanted = squeeze(heading.asText());
            if (lineStarts.stream().anyMatch(s -> s.startsWith(wanted) && s.length() <= wanted.length() + 40)) {
                found++;
            } else {
                missing.add(heading.asText());
            }
        }
        double share = (double) found / headings.size();
        System.out.printf("corpus %-50s headings on their own lines %.3f missing %s%n", name, share, missing);
        assertThat(share).as("headings on lines of their own in %s, missing %s", name, missing).isGreaterThanOrEqualTo(0.9);
    }

    /** Letters and digits only, lower-cased and without accents: layout-proof text to compare. */
    private static String squeeze(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static Set<String> trigrams(List<String> words) {
        return java.util.stream.IntStream.range(0, Math.max(0, words.size() - 2))
                .mapToObj(i -> words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2))
                .collect(Collectors.toCollection(HashSet::new));
    }
}
