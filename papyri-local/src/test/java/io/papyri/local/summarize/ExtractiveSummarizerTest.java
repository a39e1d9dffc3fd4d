package io.papyri.local.summarize;

import io.papyri.api.InvalidDocumentException;
import io.papyri.api.Paper;
import io.papyri.api.Passage;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;
import io.papyri.local.embed.EmbeddingModelSpec;
import io.papyri.local.embed.SentenceEmbedder;
import io.papyri.local.index.PassageIndexer;
import io.papyri.local.nlp.OpenNlpSentenceSplitter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.papyri.local.summarize.SamplePapers.paper;
import static io.papyri.local.summarize.SamplePapers.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExtractiveSummarizerTest {

    private static SentenceEmbedder embedder;
    private static PassageIndexer indexer;
    private static ExtractiveSummarizer summarizer;

    @BeforeAll
    static void load() {
        embedder = SentenceEmbedder.load(EmbeddingModelSpec.DEFAULT);
        indexer = new PassageIndexer(embedder, new OpenNlpSentenceSplitter(), Optional::empty, 8);
        summarizer = new ExtractiveSummarizer(indexer, SummarizerSettings.DEFAULT);
    }

    @AfterAll
    static void close() {
        indexer.close();
    }

    @Test
    void tldrIsTheSentenceThatStatesTheContribution() {
        Summary tldr = summarizer.summarize(SamplePapers.irrigationStudy(), SummaryStyle.TLDR);

        assertThat(tldr.sentences()).hasSize(1);
        assertThat(tldr.text()).isEqualTo(SamplePapers.KEY_SENTENCE);
        Passage source = tldr.sentences().get(0).source();
        assertThat(source.section()).isEqualTo("1 Introduction");
        assertThat(source.page()).isEqualTo(1);
        assertThat(source.text()).contains(SamplePapers.KEY_SENTENCE);
    }

    @Test
    void tldrOfAPaperWithAnAbstractComesFromTheAbstract() {
        Paper study = SamplePapers.irrigationStudy();
        Paper withAbstract = paper("with-abstract", study.title(),
                "Irrigation wastes water when it follows a fixed timetable. We present DripNet, a cheap network of soil"
                        + " moisture sensors that decides when to water a field. On three tomato farms it saved 31"
                        + " percent of the water without lowering the yield.", study.sections());

        Summary tldr = summarizer.summarize(withAbstract, SummaryStyle.TLDR);

        assertThat(tldr.sentences()).hasSize(1);
        assertThat(tldr.sentences().get(0).source().section()).isEqualTo("Abstract");
        assertThat(withAbstract.abstractText()).contains(tldr.text());
    }

    @Test
    void abstractKeepsTheKeySentencesInReadingOrderAndSkipsBackMatter() {
        Summary summary = summarizer.summarize(SamplePapers.irrigationStudy(), SummaryStyle.ABSTRACT);

        assertThat(summary.text()).contains(SamplePapers.KEY_SENTENCE);
        assertThat(summary.sentences()).extracting(s -> s.source().section())
                .doesNotContain("Acknowledgments", "References");
        assertSentencesComeFromTheirPassagesInReadingOrder(summary);
        // the paper has fewer words of prose than an abstract: the summary is short, never padded with back matter
        assertThat(words(summary)).isBetween(40, SummarizerSettings.DEFAULT_ABSTRACT_WORDS * 5 / 4);
    }

    @Test
    void abstractOfALongPaperIsAbstractLength() {
        Summary summary = summarizer.summarize(SamplePapers.longStudy(), SummaryStyle.ABSTRACT);

        assertThat(words(summary)).isBetween(150, 250);
        assertSentencesComeFromTheirPassagesInReadingOrder(summary);
        assertThat(summary.sentences()).extracting(Summary.Sentence::text).doesNotHaveDuplicates();
    }

    @Test
    void abstractLengthFollowsTheSetting() {
        ExtractiveSummarizer brief = new ExtractiveSummarizer(indexer, new SummarizerSettings(60, 3,
                SalienceWeights.ABSTRACT, SalienceWeights.TLDR));

        Summary summary = brief.summarize(SamplePapers.longStudy(), SummaryStyle.ABSTRACT);

        // whole sentences of about 20 words: within a quarter of the target either way
        assertThat(words(summary)).isBetween(45, 75);
        assertThat(summary.provenance().configHash()).isNotEqualTo(SummarizerSettings.DEFAULT.configHash());
    }

    @Test
    void sectionsStyleGivesKeyPointsOfEverySectionInOrder() {
        Summary summary = summarizer.summarize(SamplePapers.irrigationStudy(), SummaryStyle.SECTIONS);

        List<String> sections = new ArrayList<>();
        for (Summary.Sentence sentence : summary.sentences()) {
            String section = sentence.source().section().equals("3.1 Hardware") ? "3 Method" : sentence.source().section();
            if (sections.isEmpty() || !sections.get(sections.size() - 1).equals(section)) {
                sections.add(section);
            }
        }
        assertThat(sections).as("each section once, in the paper's order")
                .containsExactly("1 Introduction", "2 Related Work", "3 Method", "4 Results", "5 Conclusion");
        assertThat(summary.text()).contains(SamplePapers.KEY_SENTENCE);
        assertSentencesComeFromTheirPassagesInReadingOrder(summary);
    }

    @Test
    void sectionsStyleGivesLongSectionsMoreSentencesUpToTheSetting() {
        Summary summary = summarizer.summarize(SamplePapers.longStudy(), SummaryStyle.SECTIONS);

        // sections of about 300 words get two sentences each; the setting caps it
        assertThat(summary.sentences()).hasSize(5 * 2);
        ExtractiveSummarizer one = new ExtractiveSummarizer(indexer, new SummarizerSettings(170, 1,
                SalienceWeights.ABSTRACT, SalienceWeights.TLDR));
        assertThat(one.summarize(SamplePapers.longStudy(), SummaryStyle.SECTIONS).sentences())
                .extracting(s -> s.source().section())
                .containsExactly("1 Introduction", "2 Data", "3 Methods", "4 Results", "5 Conclusion");
    }

    @Test
    void outputIdAndProvenanceAreStable() {
        Paper paper = SamplePapers.irrigationStudy();
        Summary first = summarizer.summarize(paper, SummaryStyle.ABSTRACT);
        ExtractiveSummarizer fresh = new ExtractiveSummarizer(
                new PassageIndexer(embedder, new OpenNlpSentenceSplitter(), Optional::empty, 1),
                SummarizerSettings.DEFAULT);
        Summary again = fresh.summarize(paper, SummaryStyle.ABSTRACT);

        assertThat(again).isEqualTo(first);
        assertThat(first.outputId()).startsWith("summary-").hasSize("summary-".length() + 24);
        assertThat(summarizer.summarize(paper, SummaryStyle.TLDR).outputId()).isNotEqualTo(first.outputId());
        assertThat(first.paperId()).isEqualTo(paper.id());
        assertThat(first.style()).isEqualTo(SummaryStyle.ABSTRACT);
        assertThat(first.provenance().provider()).isEqualTo("local");
        assertThat(first.provenance().model()).contains(ExtractiveSummarizer.ALGORITHM).contains(embedder.id());
        assertThat(first.provenance().configHash()).isEqualTo(SummarizerSettings.DEFAULT.configHash()).hasSize(12);
    }

    @Test
    void aPaperWithoutTextIsRefusedWithAReason() {
        Paper empty = paper("empty", "A Title Alone", "", List.of(section("1 Introduction", 1, "   ")));

        assertThatThrownBy(() -> summarizer.summarize(empty, SummaryStyle.ABSTRACT))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InvalidDocumentException.Reason.NO_TEXT_LAYER);
                    assertThat(e.document()).isEqualTo("test:empty");
                    assertThat(e.getMessage()).contains("test:empty").contains("no text to summarize");
                });
    }

    @Test
    void aPaperThatIsOnlyAnAbstractIsSummarizedFromIt() {
        String abstractText = "Bees navigate by the polarization of sunlight. We show that bumblebees also use the"
                + " magnetic field of the earth when the sky is overcast. Our experiments with 120 marked bees found"
                + " that they return to the nest as reliably under clouds as in sunshine.";
        Paper onlyAbstract = paper("only-abstract", "Bumblebees Navigate by Magnetism", abstractText, List.of());

        Summary summary = summarizer.summarize(onlyAbstract, SummaryStyle.ABSTRACT);
        assertThat(summary.text()).isEqualTo(abstractText);
        assertThat(summary.sentences()).allSatisfy(s -> assertThat(s.source().section()).isEqualTo("Abstract"));

        assertThat(summarizer.summarize(onlyAbstract, SummaryStyle.SECTIONS).text()).isNotEmpty();
        assertThat(summarizer.summarize(onlyAbstract, SummaryStyle.TLDR).text())
                .isEqualTo("We show that bumblebees also use the magnetic field of the earth when the sky is overcast.");
    }

    @Test
    void unheadedTextAndFormulasStillGiveASummary() {
        Paper unheaded = paper("unheaded", "", "", List.of(section("", 1,
                "Letters from the field arrived every week. We describe how the letters of one expedition were"
                        + " archived and later digitized. The archive is now open to the public.")));
        assertThat(summarizer.summarize(unheaded, SummaryStyle.SECTIONS).sentences()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.source().text()).contains(s.text()));
        assertThat(summarizer.summarize(unheaded, SummaryStyle.TLDR).text()).startsWith("We describe how");

        Paper formulas = paper("formulas", "", "", List.of(section("2 Derivation", 3, "x = y + z. a < b.")));
        Summary summary = summarizer.summarize(formulas, SummaryStyle.ABSTRACT);
        assertThat(summary.sentences()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.source().page()).isEqualTo(3));
    }

    private static int words(Summary summary) {
        return summary.sentences().stream().mapToInt(s -> s.text().strip().split("\\s+").length).sum();
    }

    /** Each sentence is verbatim in its passage, and sentences follow the paper (passage, then position). */
    static void assertSentencesComeFromTheirPassagesInReadingOrder(Summary summary) {
        int previousPassage = -1;
        int previousOffset = -1;
        for (Summary.Sentence sentence : summary.sentences()) {
            Passage source = sentence.source();
            assertThat(source.text()).contains(sentence.text());
            assertThat(source.paperId()).isEqualTo(summary.paperId());
            int offset = source.text().indexOf(sentence.text());
            assertThat(source.index() > previousPassage || source.index() == previousPassage && offset > previousOffset)
                    .as("'%s' comes after the sentence before it", sentence.text()).isTrue();
            previousPassage = source.index();
            previousOffset = offset;
        }
    }
}
