package io.papyri.local.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.papyri.api.DocumentLimits;
import io.papyri.api.ExtractedDocument;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.Paragraph;
import io.papyri.api.PdfDocument;
import io.papyri.api.Section;
import io.papyri.core.clean.DefaultCleaner;
import io.papyri.core.clean.internal.LayoutInterpreter;
import io.papyri.local.pdf.PdfBoxTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reads every text-layer PDF of the shared corpus with the PDFBox extractor and the default cleaner
 * and scores the result against the hand-checked ground truth in {@code manifest.json}: title match,
 * abstract word F1, top-level heading F1, and whether the references were split off. The averages
 * must reach the quality targets; the per-paper table goes to {@code target/fidelity.md}.
 *
 * <p>Set {@code -Dpapyri.fidelity.explain=true} to also write, per paper, every line with the role the
 * cleaner gave it to {@code target/fidelity/}.
 */
class CorpusFidelityTest {

    private static final double TITLE_TARGET = 0.90;
    private static final double ABSTRACT_TARGET = 0.90;
    private static final double HEADING_TARGET = 0.80;
    /** A body paragraph that reads like a numbered bibliography entry: "[12] A. Name, ... 2019". */
    private static final Pattern BIBLIOGRAPHY_ENTRY = Pattern.compile(
            "^\\[[0-9]{1,3}\\]\\s+\\p{Lu}.{0,300}\\b(?:19|20)[0-9]{2}\\b.*");

    @Test
    void cleanedCorpusMatchesGroundTruth() throws IOException {
        String shared = System.getProperty("papyri.shared.dir");
        assumeTrue(shared != null && !shared.isBlank(),
                "Skipping the corpus fidelity test: system property papyri.shared.dir is not set"
                        + " (Maven sets it to ../shared; point it at the directory holding corpus/manifest.json).");
        Path corpus = Path.of(shared, "corpus");
        Path manifest = corpus.resolve("manifest.json");
        assumeTrue(Files.isRegularFile(manifest),
                "Skipping the corpus fidelity test: " + manifest + " does not exist; check papyri.shared.dir.");

        boolean explain = Boolean.getBoolean("papyri.fidelity.explain");
        Path explainDir = Path.of("target", "fidelity");
        if (explain) {
            Files.createDirectories(explainDir);
        }
        PdfBoxTextExtractor extractor = new PdfBoxTextExtractor(DocumentLimits.DEFAULT, Clock.systemUTC());
        DefaultCleaner cleaner = new DefaultCleaner();
        List<PaperScore> scores = new ArrayList<>();
        List<ExtractedDocument> extractedDocuments = new ArrayList<>();
        long extractNanos = 0;
        long cleanNanos = 0;
        int pages = 0;
        for (JsonNode record : new ObjectMapper().readTree(manifest.toFile())) {
            if (record.path("scanned").asBoolean(false)) {
                continue;
            }
            String file = record.path("file").asText();
            byte[] bytes = Files.readAllBytes(corpus.resolve("pdfs").resolve(file));
            PdfDocument pdf = new PdfDocument(idOf(record), bytes, file);
            long start = System.nanoTime();
            ExtractedDocument extracted = extractor.extract(pdf);
            long extractedAt = System.nanoTime();
            Paper paper = cleaner.clean(extracted);
            extractNanos += extractedAt - start;
            cleanNanos += System.nanoTime() - extractedAt;
            pages += extracted.pageCount();
            extractedDocuments.add(extracted);
            scores.add(score(record, paper));
            if (explain) {
                Files.write(explainDir.resolve(file + ".txt"), new LayoutInterpreter().explain(extracted),
                        StandardCharsets.UTF_8);
                Files.writeString(explainDir.resolve(file + ".paper.txt"), outline(paper), StandardCharsets.UTF_8);
            }
        }
        assumeTrue(!scores.isEmpty(), "Skipping the corpus fidelity test: the manifest lists no text-layer PDFs.");

        double titleShare = scores.stream().filter(PaperScore::titleOk).count() / (double) scores.size();
        double abstractF1 = scores.stream().mapToDouble(PaperScore::abstractF1).average().orElse(0);
        double headingF1 = scores.stream().mapToDouble(PaperScore::headingF1).average().orElse(0);
        long referencesOk = scores.stream().filter(PaperScore::referencesOk).count();
        // the cleaner alone, warmed up: the best of three passes over everything extracted
        long warmClean = Long.MAX_VALUE;
        for (int pass = 0; pass < 3; pass++) {
            long start = System.nanoTime();
            extractedDocuments.forEach(cleaner::clean);
            warmClean = Math.min(warmClean, System.nanoTime() - start);
        }
        String table = FidelityReport.markdown(scores, titleShare, abstractF1, headingF1, referencesOk,
                pages, extractNanos / 1e9, cleanNanos / 1e9, warmClean / 1e9);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "fidelity.md"), table, StandardCharsets.UTF_8);
        System.out.println(table);

        assertThat(titleShare).as("share of papers whose title matches").isGreaterThanOrEqualTo(TITLE_TARGET);
        assertThat(abstractF1).as("mean abstract word F1").isGreaterThanOrEqualTo(ABSTRACT_TARGET);
        assertThat(headingF1).as("mean top-level heading F1").isGreaterThanOrEqualTo(HEADING_TARGET);
        assertThat(scores).as("papers whose references were split off cleanly")
                .allMatch(PaperScore::referencesOk);
    }

    private static PaperId idOf(JsonNode record) {
        String arxiv = record.path("arxiv_id").asText(null);
        return arxiv != null && !arxiv.isBlank() && !"null".equals(arxiv)
                ? new PaperId("arxiv", arxiv) : new PaperId("sha256", record.path("sha256").asText());
    }

    private static PaperScore score(JsonNode record, Paper paper) {
        List<String> notes = new ArrayList<>();
        String file = record.path("file").asText();

        boolean titleOk = TextMatch.normalize(record.path("title").asText())
                .equals(TextMatch.normalize(paper.title()));
        if (!titleOk) {
            notes.add("title: \"" + shorten(paper.title(), 60) + "\"");
        }

        double abstractF1 = TextMatch.wordF1(record.path("abstract").asText(), paper.abstractText());
        if (abstractF1 < ABSTRACT_TARGET) {
            notes.add("abstract: \"" + shorten(paper.abstractText(), 60) + "\"");
        }

        List<String> expected = new ArrayList<>();
        record.path("section_headings").forEach(h -> expected.add(TextMatch.headingKey(h.asText())));
        List<String> actual = new ArrayList<>();
        List<String> actualPrinted = new ArrayList<>();
        for (Section section : paper.sections()) {
            if (section.level() == 1 && !section.heading().isBlank()) {
                actual.add(TextMatch.headingKey(section.heading()));
                actualPrinted.add(section.heading());
            }
        }
        int overlap = TextMatch.overlap(expected, actual);
        double precision = actual.isEmpty() ? (expected.isEmpty() ? 1 : 0) : (double) overlap / actual.size();
        double recall = expected.isEmpty() ? (actual.isEmpty() ? 1 : 0) : (double) overlap / expected.size();
        double headingF1 = expected.isEmpty() && actual.isEmpty() ? 1 : TextMatch.f1(overlap, actual.size(), expected.size());
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> extra = new ArrayList<>();
        List<String> unmatched = new ArrayList<>(expected);
        for (int i = 0; i < actual.size(); i++) {
            if (!unmatched.remove(actual.get(i))) {
                extra.add(actualPrinted.get(i));
            }
        }
        if (!missing.isEmpty()) {
            notes.add("missing " + missing.size() + ": " + shorten(String.join("; ", missing), 120));
        }
        if (!extra.isEmpty()) {
            notes.add("extra " + extra.size() + ": " + shorten(String.join("; ", extra), 120));
        }

        boolean hasReferences = record.path("has_references_section").asBoolean(false);
        int leaked = 0;
        for (Section section : paper.sections()) {
            boolean referencesHeading = TextMatch.headingKey(section.heading()).matches("references?|bibliography");
            for (Paragraph paragraph : section.paragraphs()) {
                if (referencesHeading || BIBLIOGRAPHY_ENTRY.matcher(paragraph.text()).matches()) {
                    leaked++;
                }
            }
        }
        boolean referencesOk = (!hasReferences || !paper.references().isEmpty()) && leaked == 0;
        if (hasReferences && paper.references().isEmpty()) {
            notes.add("no references split off");
        }
        if (leaked > 0) {
            notes.add(leaked + " reference-like paragraphs left in the body");
        }
        return new PaperScore(file, titleOk, abstractF1, precision, recall, headingF1,
                paper.references().size(), referencesOk, notes);
    }

    /** The paper as read, section by section, for a person to check. */
    private static String outline(Paper paper) {
        StringBuilder out = new StringBuilder();
        out.append("TITLE: ").append(paper.title()).append('\n');
        out.append("AUTHORS: ").append(String.join(" | ", paper.authors())).append('\n');
        out.append("ABSTRACT: ").append(paper.abstractText()).append("\n\n");
        for (Section section : paper.sections()) {
            out.append("#".repeat(section.level())).append(' ').append(section.heading())
                    .append("  (p").append(section.page()).append(")\n");
            for (Paragraph paragraph : section.paragraphs()) {
                out.append("  [p").append(paragraph.page()).append("] ").append(paragraph.text()).append('\n');
            }
        }
        out.append("\nCAPTIONS:\n");
        paper.captions().forEach(c -> out.append("  [p").append(c.page()).append(' ').append(c.kind()).append(' ')
                .append(c.label()).append("] ").append(c.text()).append('\n'));
        out.append("\nREFERENCES:\n");
        paper.references().forEach(r -> out.append("  ").append(r).append('\n'));
        out.append("\nREMOVED: ").append(paper.removed()).append('\n');
        return out.toString();
    }

    private static String shorten(String text, int max) {
        String flat = text.replace('|', '/').replace('\n', ' ');
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }

    /** Formats the per-paper table. */
    static final class FidelityReport {

        private FidelityReport() {
        }

        static String markdown(List<PaperScore> scores, double titleShare, double abstractF1, double headingF1,
                               long referencesOk, int pages, double extractSeconds, double cleanSeconds,
                               double warmCleanSeconds) {
            StringBuilder out = new StringBuilder();
            out.append("# Corpus fidelity: PDFBox extractor + default cleaner\n\n");
            out.append("| file | title ok | abstract F1 | heading P | heading R | heading F1 | #refs | notes |\n");
            out.append("|---|---|---|---|---|---|---|---|\n");
            for (PaperScore s : scores) {
                out.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f | %d%s | %s |%n",
                        s.file(), s.titleOk() ? "yes" : "NO", s.abstractF1(), s.headingPrecision(), s.headingRecall(),
                        s.headingF1(), s.references(), s.referencesOk() ? "" : " (!)", String.join(" · ", s.notes())));
            }
            out.append(String.format(Locale.ROOT, "%n**Averages over %d papers:** title %.0f%% (target %.0f%%),"
                            + " abstract F1 %.3f (target %.2f), heading F1 %.3f (target %.2f),"
                            + " references split %d/%d.%n",
                    scores.size(), titleShare * 100, TITLE_TARGET * 100, abstractF1, ABSTRACT_TARGET, headingF1,
                    HEADING_TARGET, referencesOk, scores.size()));
            double seconds = extractSeconds + cleanSeconds;
            out.append(String.format(Locale.ROOT, "%nExtract + clean: %d pages in %.2f s (%.0f pages/s; extraction"
                            + " %.2f s, cleaning %.2f s; one pass, cold JVM, not a benchmark).%n", pages, seconds,
                    pages / Math.max(seconds, 1e-9), extractSeconds, cleanSeconds));
            out.append(String.format(Locale.ROOT, "Cleaning alone, warm: %.2f s (%.0f pages/s).%n", warmCleanSeconds,
                    pages / Math.max(warmCleanSeconds, 1e-9)));
            return out.toString();
        }
    }
}
