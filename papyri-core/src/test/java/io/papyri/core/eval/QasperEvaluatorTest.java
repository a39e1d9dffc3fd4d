package io.papyri.core.eval;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.papyri.core.eval.QasperAnswerType.ABSTRACTIVE;
import static io.papyri.core.eval.QasperAnswerType.EXTRACTIVE;
import static io.papyri.core.eval.QasperAnswerType.UNANSWERABLE;
import static io.papyri.core.eval.QasperAnswerType.YES_NO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class QasperEvaluatorTest {

    private static final String TABLE = "FLOAT SELECTED: Table 1: Results.";

    private final QasperEvaluator evaluator = new QasperEvaluator();

    private static QasperGoldAnswer gold(QasperAnswerType type, String text, String... evidence) {
        return new QasperGoldAnswer(type, text, List.of(evidence));
    }

    private static QasperPrediction prediction(String answer, String... evidence) {
        return new QasperPrediction(answer, List.of(evidence));
    }

    @Test
    void takesTheMaximumOverAnnotatorsAndItsType() {
        // "red dog" vs "cat" -> 0; vs "red dog" -> 1 => max 1 from the abstractive answer
        QasperQuestionScore score = evaluator.scoreQuestion(prediction("red dog"),
                List.of(gold(EXTRACTIVE, "cat"), gold(ABSTRACTIVE, "red dog")));

        assertThat(score.answerF1()).isEqualTo(1.0);
        assertThat(score.answerType()).isEqualTo(ABSTRACTIVE);
    }

    @Test
    void tiesGoToTheFirstAnnotatorAnswer() {
        QasperQuestionScore extractiveFirst = evaluator.scoreQuestion(prediction("red dog"),
                List.of(gold(EXTRACTIVE, "red dog"), gold(ABSTRACTIVE, "the red dog")));
        QasperQuestionScore abstractiveFirst = evaluator.scoreQuestion(prediction("red dog"),
                List.of(gold(ABSTRACTIVE, "the red dog"), gold(EXTRACTIVE, "red dog")));
        QasperQuestionScore allZero = evaluator.scoreQuestion(prediction("cat"),
                List.of(gold(YES_NO, "No"), gold(UNANSWERABLE, "Unanswerable")));

        assertThat(extractiveFirst.answerType()).isEqualTo(EXTRACTIVE);
        assertThat(abstractiveFirst.answerType()).isEqualTo(ABSTRACTIVE);
        assertThat(allZero.answerF1()).isZero();
        assertThat(allZero.answerType()).isEqualTo(YES_NO);
    }

    @Test
    void evidenceTakesTheMaximumOverAnnotators() {
        // pred {p1}: vs {p1, p2} -> P = 1, R = 1/2, F = 2/3; vs {} -> 0 => 2/3
        assertThat(evaluator.scoreQuestion(prediction("x", "p1"),
                List.of(gold(EXTRACTIVE, "x", "p1", "p2"), gold(UNANSWERABLE, "Unanswerable"))).evidenceF1())
                .isCloseTo(2.0 / 3, within(1e-12));
        // empty pred: vs {p1} -> 0; vs {} -> 1 => 1
        assertThat(evaluator.scoreQuestion(prediction("Unanswerable"),
                List.of(gold(EXTRACTIVE, "x", "p1"), gold(UNANSWERABLE, "Unanswerable"))).evidenceF1())
                .isEqualTo(1.0);
    }

    @Test
    void textEvidenceOnlyDropsFloatSelectedGold() {
        List<QasperGoldAnswer> answers = List.of(gold(EXTRACTIVE, "x", TABLE, "p1"));
        List<QasperGoldAnswer> tableOnly = List.of(gold(EXTRACTIVE, "x", TABLE));
        QasperEvaluator textOnly = new QasperEvaluator(true);

        // default: {p1} vs {table, p1} -> P = 1, R = 1/2 -> 2/3; text only: {p1} vs {p1} -> 1
        assertThat(evaluator.scoreQuestion(prediction("x", "p1"), answers).evidenceF1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(textOnly.scoreQuestion(prediction("x", "p1"), answers).evidenceF1()).isEqualTo(1.0);
        // gold left empty by the filter: an empty prediction scores 1
        assertThat(textOnly.scoreQuestion(prediction("x"), tableOnly).evidenceF1()).isEqualTo(1.0);
        assertThat(evaluator.scoreQuestion(prediction("x"), tableOnly).evidenceF1()).isZero();
    }

    @Test
    void averagesOverQuestionsWithMissingPredictionsAsZero() {
        Map<String, List<QasperGoldAnswer>> gold = new LinkedHashMap<>();
        gold.put("q1", List.of(gold(EXTRACTIVE, "red dog", "p1"), gold(ABSTRACTIVE, "red dog")));
        gold.put("q2", List.of(gold(EXTRACTIVE, "red dog", "p2")));
        gold.put("q3", List.of(gold(YES_NO, "Yes", "p3"), gold(UNANSWERABLE, "Unanswerable")));
        gold.put("q4", List.of(gold(YES_NO, "No", "p4")));
        Map<String, QasperPrediction> predictions = Map.of(
                "q1", prediction("red dog"),          // answer 1 (tie -> extractive); evidence max(0, 1) = 1
                "q2", prediction("red", "p2"),        // answer P = 1, R = 1/2 -> 2/3 (extractive); evidence 1
                "q3", prediction("Unanswerable"),     // answer 1 (unanswerable); evidence max(0, 1) = 1
                "other", prediction("ignored"));      // q4 has no prediction -> 0, 0, no bucket

        QasperReport report = evaluator.evaluate(gold, predictions);

        // answer: (1 + 2/3 + 1 + 0) / 4 = 2/3; evidence: (1 + 1 + 1 + 0) / 4 = 3/4
        assertThat(report.answerF1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(report.evidenceF1()).isCloseTo(0.75, within(1e-12));
        assertThat(report.questions()).isEqualTo(4);
        assertThat(report.missingPredictions()).isEqualTo(1);
        assertThat(report.answerF1ByType()).containsOnlyKeys(EXTRACTIVE, UNANSWERABLE);
        assertThat(report.answerF1ByType().get(EXTRACTIVE)).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(report.answerF1ByType().get(UNANSWERABLE)).isEqualTo(1.0);
    }

    @Test
    void emptyGoldSetScoresZero() {
        QasperReport report = evaluator.evaluate(Map.of(), Map.of());

        assertThat(report.answerF1()).isZero();
        assertThat(report.answerF1ByType()).isEmpty();
    }

    @Test
    void aQuestionNeedsAGoldAnswer() {
        assertThatThrownBy(() -> evaluator.scoreQuestion(prediction("x"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsesTheTypeNamesOfBothFormats() {
        assertThat(QasperAnswerType.parse("yes_no")).isEqualTo(YES_NO);
        assertThat(QasperAnswerType.parse("boolean")).isEqualTo(YES_NO);
        assertThat(QasperAnswerType.parse("none")).isEqualTo(UNANSWERABLE);
        assertThat(QasperAnswerType.parse("Extractive")).isEqualTo(EXTRACTIVE);
        assertThatThrownBy(() -> QasperAnswerType.parse("span")).isInstanceOf(IllegalArgumentException.class);
    }
}
