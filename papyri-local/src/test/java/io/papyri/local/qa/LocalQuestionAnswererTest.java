package io.papyri.local.qa;

import io.papyri.api.Answer;
import io.papyri.api.AnswerKind;
import io.papyri.api.Evidence;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.Paragraph;
import io.papyri.api.Section;
import io.papyri.local.embed.EmbeddingModelSpec;
import io.papyri.local.embed.SentenceEmbedder;
import io.papyri.local.index.PassageIndexer;
import io.papyri.local.nlp.OpenNlpSentenceSplitter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalQuestionAnswererTest {

    private static final PaperId ID = PaperId.parse("arxiv:2101.00001");
    private static final String DATA = "We trained on the WMT 2014 English-German dataset, which consists of about"
            + " 4.5 million sentence pairs. Sentences were encoded with byte-pair encoding into a shared vocabulary.";
    private static final String OPTIMIZER = "We used the Adam optimizer with a learning rate of 0.0002 and trained"
            + " for 100,000 steps on eight GPUs.";
    private static final String BASELINES = "We compare against three baselines: ByteNet, ConvS2S and GNMT.";
    private static final Paper PAPER = new Paper(ID, "Translating with attention alone", List.of("A. Author"),
            "We propose a translation model that relies on attention alone. It trains faster than recurrent models.",
            List.of(new Section("1 Introduction", 1, 1, List.of(
                            new Paragraph("Recurrent networks read a sentence one word at a time, which limits how"
                                    + " much of the training can run in parallel.", 1))),
                    new Section("2 Related Work", 1, 2, List.of(
                            new Paragraph("Convolutional models were proposed to make translation parallel.", 2))),
                    new Section("3 Data", 1, 3, List.of(new Paragraph(DATA, 3))),
                    new Section("4 Training", 1, 4, List.of(new Paragraph(OPTIMIZER, 4))),
                    new Section("5 Results", 1, 5, List.of(new Paragraph(BASELINES, 5),
                            new Paragraph("Our model reaches 28.4 BLEU on the English-German test set, above every"
                                    + " baseline.", 5))),
                    new Section("6 Conclusion", 1, 6, List.of(
                            new Paragraph("Attention alone is enough for strong translation.", 6)))),
            List.of(), List.of(), Map.of());

    private static PassageIndexer indexer;
    private static LocalQuestionAnswerer answerer;

    @BeforeAll
    static void load() {
        indexer = new PassageIndexer(SentenceEmbedder.load(EmbeddingModelSpec.DEFAULT), new OpenNlpSentenceSplitter(),
                Optional::empty, 4);
        answerer = new LocalQuestionAnswerer(indexer);
    }

    @AfterAll
    static void close() {
        indexer.close();
    }

    @Test
    void aFactualQuestionCitesItsParagraphAndAnswersWithAShortSpan() {
        Answer answer = answerer.answer(PAPER, "How many sentence pairs are in the training data?");

        assertThat(answer.kind()).isEqualTo(AnswerKind.EXTRACTIVE);
        assertThat(answer.text()).isEqualTo("4.5 million sentence pairs");
        Evidence first = answer.evidence().get(0);
        assertThat(first.passage().text()).isEqualTo(DATA);
        assertThat(first.passage().section()).isEqualTo("3 Data");
        assertThat(first.passage().page()).isEqualTo(3);
        assertThat(answer.evidence()).hasSizeLessThanOrEqualTo(AnswererSettings.DEFAULT.evidencePassages())
                .allSatisfy(e -> assertThat(PAPER.paragraphs().map(Paragraph::text)).contains(e.passage().text()));
        assertThat(answer.confidence()).isBetween(0.0, 1.0);
        assertThat(answer.paperId()).isEqualTo(ID);
        assertThat(answer.provenance().provider()).isEqualTo("local");
    }

    @Test
    void aQuestionAfterNamedThingsGetsTheNamesNotTheSentence() {
        Answer answer = answerer.answer(PAPER, "Which baselines do they compare against?");

        assertThat(answer.kind()).isEqualTo(AnswerKind.EXTRACTIVE);
        assertThat(answer.text()).isEqualTo("ByteNet, ConvS2S and GNMT");
        assertThat(answer.evidence().get(0).passage().text()).isEqualTo(BASELINES);
    }

    @Test
    void aYesNoQuestionIsAnsweredYesWithEvidence() {
        Answer answer = answerer.answer(PAPER, "Do they use the Adam optimizer?");

        assertThat(answer.kind()).isEqualTo(AnswerKind.YES_NO);
        assertThat(answer.text()).isEqualTo("Yes");
        assertThat(answer.evidence()).isNotEmpty();
        assertThat(answer.evidence().get(0).passage().text()).isEqualTo(OPTIMIZER);
    }

    @Test
    void anOffTopicQuestionIsUnanswerableWithoutEvidence() {
        Answer answer = answerer.answer(PAPER, "What is the boiling point of liquid nitrogen?");

        assertThat(answer.kind()).isEqualTo(AnswerKind.UNANSWERABLE);
        assertThat(answer.text()).isEqualTo("Unanswerable");
        assertThat(answer.evidence()).isEmpty();
        assertThat(answer.confidence()).isBetween(0.3, 1.0);
    }

    @Test
    void theAbstractIsNotCitedWhenTheBodySaysTheSame() {
        Answer answer = answerer.answer(PAPER, "What does the translation model rely on?");

        assertThat(answer.evidence()).isNotEmpty()
                .noneSatisfy(e -> assertThat(e.passage().section()).isEqualTo("Abstract"));
    }

    @Test
    void theOutputIdIsStableForTheSamePaperQuestionAndSettings() {
        String question = "Which optimizer do they use?";
        Answer once = answerer.answer(PAPER, question);
        Answer again = new LocalQuestionAnswerer(indexer).answer(PAPER, question);

        assertThat(again).isEqualTo(once);
        assertThat(answerer.answer(PAPER, "Which dataset do they train on?").outputId())
                .isNotEqualTo(once.outputId());
        LocalQuestionAnswerer other = new LocalQuestionAnswerer(indexer,
                AnswererSettings.DEFAULT.withEvidencePassages(1));
        assertThat(other.answer(PAPER, question).outputId()).isNotEqualTo(once.outputId());
        assertThat(other.answer(PAPER, question).provenance().configHash())
                .isNotEqualTo(once.provenance().configHash());
    }

    @Test
    void aBlankQuestionIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> answerer.answer(PAPER, "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("question is empty");
        assertThatThrownBy(() -> answerer.answer(PAPER, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPaperWithoutTextIsUnanswerable() {
        Paper empty = new Paper(PaperId.parse("arxiv:2101.00002"), "", List.of(), "", List.of(), List.of(), List.of(),
                Map.of());
        Answer answer = answerer.answer(empty, "What dataset do they use?");

        assertThat(answer.kind()).isEqualTo(AnswerKind.UNANSWERABLE);
        assertThat(answer.evidence()).isEmpty();
    }
}
