package io.papyri.core.eval;

import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.Paragraph;
import io.papyri.api.Section;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns evaluation records into the {@link Paper}s that summarizers and question answerers read, and
 * back: only the input a system may see goes in, never the gold output.
 *
 * <p>Papers built here have one level-1 section per dataset section, every paragraph on page 1, no
 * authors, captions or references. Their id is {@code eval:<dataset id>-<content digest>}: the
 * dataset id made safe for a {@link PaperId}, plus the first 12 hex digits of a SHA-256 of the text,
 * so that a provider caching per paper id never mixes two different texts that share a dataset id.
 */
public final class DatasetPapers {

    /** The id scheme of papers built from evaluation records. */
    public static final String SCHEME = "eval";

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final int MAX_ID_PREFIX = 160;
    /** A body paragraph at least this share of whose bigrams occur in the abstract is a copy of it. */
    private static final double ABSTRACT_COPY_PRECISION = 0.8;
    private static final int ABSTRACT_COPY_MIN_WORDS = 8;

    private DatasetPapers() {
    }

    /**
     * The input of a summarization record as a paper: the title (when present) and one section per
     * {@code source_text_sections} entry, or one unheaded section holding {@code source_text}. The
     * abstract text is empty and the gold summaries are not included. Blank paragraphs are left out.
     *
     * @param example the record
     * @return the paper a summarizer reads
     */
    public static Paper fromSummarization(SummarizationExample example) {
        Objects.requireNonNull(example, "example");
        List<Section> sections = new ArrayList<>();
        if (example.sourceSections().isEmpty()) {
            sections.add(section("", List.of(example.sourceText())));
        } else {
            for (SummarizationExample.SourceSection source : example.sourceSections()) {
                sections.add(section(source.heading(), source.paragraphs()));
            }
        }
        String title = example.title() == null ? "" : example.title();
        return paper(example.paperId(), title, "", sections);
    }

    /**
     * A QASPER record as a paper: its title, abstract, and one section per QASPER section with its
     * heading as given and paragraphs whose text is exactly the dataset string, so that cited
     * passages map back to gold evidence. Sections without paragraphs are kept.
     *
     * @param record the record
     * @return the paper a question answerer reads
     */
    public static Paper fromQasper(QasperPaper record) {
        Objects.requireNonNull(record, "record");
        List<Section> sections = new ArrayList<>();
        for (QasperPaper.QasperSection source : record.sections()) {
            List<Paragraph> paragraphs = source.paragraphs().stream().map(text -> new Paragraph(text, 1)).toList();
            sections.add(new Section(source.heading(), 1, 1, paragraphs));
        }
        return paper(record.paperId(), record.title(), record.abstractText(), sections);
    }

    /**
     * The paper without its abstract, to be summarized and scored against that abstract: the abstract
     * text emptied, sections headed "Abstract" dropped (case, numbering and punctuation ignored), and,
     * when the abstract is known, body paragraphs of at least 8 words that copy it (80% or more of
     * their word bigrams occur in it) dropped too, so that an abstract the cleaner missed cannot leak
     * into the input.
     *
     * @param paper the paper as read from its PDF
     * @param knownAbstract the abstract the summary is scored against, or empty
     * @return the paper without abstract; a section whose every paragraph was dropped is dropped too
     */
    public static Paper withoutAbstract(Paper paper, String knownAbstract) {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(knownAbstract, "knownAbstract");
        RougeScorer scorer = new RougeScorer();
        List<Section> sections = new ArrayList<>();
        for (Section section : paper.sections()) {
            if (isAbstractHeading(section.heading())) {
                continue;
            }
            List<Paragraph> kept = section.paragraphs().stream()
                    .filter(paragraph -> !copiesAbstract(scorer, paragraph.text(), knownAbstract))
                    .toList();
            if (!kept.isEmpty() || section.paragraphs().isEmpty()) {
                sections.add(new Section(section.heading(), section.level(), section.page(), kept));
            }
        }
        return new Paper(paper.id(), paper.title(), paper.authors(), "", sections, paper.captions(),
                paper.references(), paper.removed());
    }

    /**
     * A paper's body as a summarization record, so the lead baseline reads the same text as the
     * summarizer: one source section per section, headings and paragraph texts unchanged.
     *
     * @param paperId the id written to predictions
     * @param paper the paper (usually from {@link #withoutAbstract})
     * @param references the gold summaries, at least one
     * @return the record
     */
    public static SummarizationExample toExample(String paperId, Paper paper, List<String> references) {
        List<SummarizationExample.SourceSection> sections = paper.sections().stream()
                .map(section -> new SummarizationExample.SourceSection(section.heading(),
                        section.paragraphs().stream().map(Paragraph::text).filter(t -> !t.isBlank()).toList()))
                .toList();
        String text = String.join("\n\n", sections.stream().map(SummarizationExample.SourceSection::text)
                .filter(t -> !t.isBlank()).toList());
        return new SummarizationExample(paperId, paper.title().isEmpty() ? null : paper.title(), sections, text,
                references);
    }

    /**
     * Whether a heading names the abstract: "Abstract", "ABSTRACT.", "1 Abstract", "Abstract:".
     *
     * @param heading a section heading
     * @return {@code true} for an abstract heading
     */
    public static boolean isAbstractHeading(String heading) {
        return NOT_LETTERS.matcher(heading).replaceAll("").toLowerCase(Locale.ROOT).equals("abstract");
    }

    /**
     * The paper id of an evaluation record: {@code eval:<safe dataset id>-<12 hex digits of the text's SHA-256>}.
     *
     * @param datasetId the dataset's paper id, any string
     * @param content the paper's text, which the digest is taken over
     * @return a valid id
     */
    static PaperId paperId(String datasetId, String content) {
        String safe = UNSAFE.matcher(datasetId).replaceAll("-").replaceAll("\\.{2,}", ".")
                .replaceAll("^[^A-Za-z0-9]+", "");
        if (safe.length() > MAX_ID_PREFIX) {
            safe = safe.substring(0, MAX_ID_PREFIX);
        }
        String digest = sha256(content).substring(0, 12);
        return new PaperId(SCHEME, safe.isEmpty() ? digest : safe + "-" + digest);
    }

    private static boolean copiesAbstract(RougeScorer scorer, String paragraph, String knownAbstract) {
        if (knownAbstract.isBlank() || SummarizationExample.countWords(paragraph) < ABSTRACT_COPY_MIN_WORDS) {
            return false;
        }
        return scorer.score(paragraph, knownAbstract).rouge2().precision() >= ABSTRACT_COPY_PRECISION;
    }

    private static Section section(String heading, List<String> paragraphs) {
        return new Section(heading, 1, 1, paragraphs.stream().filter(text -> !text.isBlank())
                .map(text -> new Paragraph(text, 1)).toList());
    }

    private static Paper paper(String datasetId, String title, String abstractText, List<Section> sections) {
        StringBuilder content = new StringBuilder(title).append('\u0000').append(abstractText);
        for (Section section : sections) {
            content.append('\u0000').append(section.heading());
            section.paragraphs().forEach(paragraph -> content.append('\u0001').append(paragraph.text()));
        }
        return new Paper(paperId(datasetId, content.toString()), title, List.of(), abstractText, sections, List.of(),
                List.of(), Map.of());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
