package io.papyri.core.eval;

import io.papyri.api.Answer;
import io.papyri.api.AnswerKind;
import io.papyri.api.Evidence;
import io.papyri.api.Paper;
import io.papyri.api.Passage;
import io.papyri.api.Provenance;
import io.papyri.core.index.PassageChunker;
import io.papyri.core.index.RuleSentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QasperEvidenceMapTest {

    private static final String SPACED = "  Quokkas  read\tpapers at night. ";
    private static final String LONG = "Marmots annotate the first half. Wombats annotate the second half of it.";
    private static final String REPEATED = "Same words.";

    private final QasperPaper record = new QasperPaper("p1", "T", "Abstract words here.", List.of(
            new QasperPaper.QasperSection("Intro", List.of(SPACED, REPEATED)),
            new QasperPaper.QasperSection("Method", List.of(LONG, REPEATED))),
            List.of());
    private final Paper paper = DatasetPapers.fromQasper(record);
    private final QasperEvidenceMap map = new QasperEvidenceMap(record);

    @Test
    void exactAndWhitespaceNormalizedPassagesMapToTheExactParagraph() {
        assertThat(map.paragraphFor(passage("Intro", SPACED))).contains(SPACED);
        assertThat(map.paragraphFor(passage("Intro", "Quokkas read papers at night."))).contains(SPACED);
        assertThat(map.paragraphFor(passage("", "Quokkas read papers at night."))).contains(SPACED);
    }

    @Test
    void aPieceOfALongParagraphMapsToTheWholeParagraph() {
        List<Passage> pieces = new PassageChunker(new RuleSentenceSplitter(), 6, true).chunk(paper).stream()
                .filter(p -> p.section().equals("Method") && LONG.contains(p.text()))
                .toList();

        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(map.paragraphsFor(pieces.stream().map(p -> new Evidence(p, 1)).toList())).containsExactly(LONG);
    }

    @Test
    void theCitedSectionDecidesBetweenEqualParagraphsAndTheAbstractIsAParagraphToo() {
        assertThat(map.paragraphFor(passage("Method", REPEATED))).contains(REPEATED);
        assertThat(map.paragraphFor(passage(PassageChunker.ABSTRACT_SECTION, "Abstract words here.")))
                .contains("Abstract words here.");
        assertThat(map.paragraphFor(passage("Intro", "Not in the paper at all."))).isEmpty();
        assertThat(map.paragraphFor(passage("Intro", "   "))).isEmpty();
    }

    @Test
    void predictionsCarryExactParagraphsOnceAndUnanswerableHasNoEvidence() {
        Answer extractive = answer("Quokkas", AnswerKind.EXTRACTIVE, List.of(
                new Evidence(passage("Intro", "Quokkas read papers at night."), 0.9),
                new Evidence(passage("Intro", SPACED), 0.8),
                new Evidence(passage("Intro", "Unmatched text."), 0.1)));
        Answer unanswerable = answer("The paper does not say.", AnswerKind.UNANSWERABLE,
                List.of(new Evidence(passage("Intro", SPACED), 0.2)));

        assertThat(map.prediction(extractive))
                .isEqualTo(new QasperPrediction("Quokkas", List.of(SPACED, "Unmatched text.")));
        assertThat(map.prediction(unanswerable)).isEqualTo(new QasperPrediction("Unanswerable", List.of()));
        assertThat(EvidenceF1.score(map.prediction(extractive).evidence(), List.of(SPACED))).isGreaterThan(0.6);
    }

    private Passage passage(String section, String text) {
        return new Passage(paper.id(), 0, section, 1, text);
    }

    private Answer answer(String text, AnswerKind kind, List<Evidence> evidence) {
        return new Answer("out", paper.id(), "q?", text, kind, 0.5, evidence, new Provenance("test", "m", "0"));
    }
}
