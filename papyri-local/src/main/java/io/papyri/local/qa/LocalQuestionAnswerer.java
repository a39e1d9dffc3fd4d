package io.papyri.local.qa;

import io.papyri.core.ContentDigest;
import io.papyri.api.Answer;
import io.papyri.api.AnswerKind;
import io.papyri.api.Evidence;
import io.papyri.api.Paper;
import io.papyri.api.Passage;
import io.papyri.api.Provenance;
import io.papyri.api.spi.QuestionAnswerer;
import io.papyri.local.index.PaperIndex;
import io.papyri.local.index.PassageIndexer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Answers questions about a paper from the paper itself, with no model server.
 *
 * <p>Every sentence of the paper's passage index is scored against the question (see
 * {@link AnswererSettings}: embedding similarity and BM25 of the sentence and of its paragraph, the
 * role of its section, its heading). Then:
 * <ul>
 *   <li>the <em>support</em> is how much of what the question is about (its rarer content words,
 *       weighed by rarity in the paper) the paper says in a single sentence. Below
 *       {@link AnswererSettings#minSupport()} the answer is {@link AnswerKind#UNANSWERABLE}: the text
 *       "Unanswerable", no evidence. A yes/no question is refused only at support 0;</li>
 *   <li>a question that starts with an auxiliary verb ("Do they ...", "Is ...", but not "Is it X or
 *       Y?") gets {@link AnswerKind#YES_NO} "Yes", since a paper mostly writes about what it does,
 *       unless the best sentence denies the question's topic ({@link Denial}: "eschewing
 *       recurrence" answers "Does it use recurrence?" with "No"); negation cues anywhere in the
 *       sentence did not tell the "No" answers apart on QASPER;</li>
 *   <li>any other question gets {@link AnswerKind#EXTRACTIVE}: a short span of the best sentence
 *       (the numbers for "how many", the list after a colon for "which datasets"), else the sentence
 *       without reference placeholders.</li>
 * </ul>
 * The evidence is the best sentence's paragraph, then the next best paragraph when it scores nearly
 * as well, each the index's {@link Passage} unchanged; the abstract is not cited when the paper has a
 * body. The same paper, question and settings give the same answer and {@link Answer#outputId()}.
 * Thread-safe; the first question about a paper indexes it (the shared indexer keeps it).
 *
 * <p>A chat agent may call {@link #answer} with a question it rewrote from the conversation.
 */
public final class LocalQuestionAnswerer implements QuestionAnswerer {

    /** The provider name written to provenance. */
    public static final String PROVIDER = "local";
    /** The name and version of the algorithm, written to provenance with the embedding model. */
    public static final String ALGORITHM = "span-qa/1";
    /** The text of an answer the paper does not support. */
    public static final String UNANSWERABLE = "Unanswerable";

    private final PassageIndexer indexer;
    private final AnswererSettings settings;
    private final SpanFinder spans = new SpanFinder();

    /**
     * Creates an answerer with the default settings.
     *
     * @param indexer gives the passage index of a paper; the answerer does not close it
     */
    public LocalQuestionAnswerer(PassageIndexer indexer) {
        this(indexer, AnswererSettings.DEFAULT);
    }

    /**
     * Creates an answerer.
     *
     * @param indexer  gives the passage index of a paper; the answerer does not close it
     * @param settings the retrieval weights, evidence count and refusal threshold
     */
    public LocalQuestionAnswerer(PassageIndexer indexer, AnswererSettings settings) {
        this.indexer = Objects.requireNonNull(indexer, "indexer");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** @return the settings that shape the output */
    public AnswererSettings settings() {
        return settings;
    }

    /**
     * Answers a question about a paper.
     *
     * @param paper    the paper
     * @param question the question, in plain words
     * @return the answer, its kind, confidence and evidence
     * @throws IllegalArgumentException when the question is blank
     */
    @Override
    public Answer answer(Paper paper, String question) {
        Objects.requireNonNull(paper, "paper");
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("The question is empty: ask something about the paper, such as"
                    + " 'Which datasets do they use?'.");
        }
        PaperIndex index = indexer.index(paper);
        Reading reading = read(index, question);
        Provenance provenance = new Provenance(PROVIDER, indexer.embedder().id() + "+" + ALGORITHM,
                settings.configHash());
        return new Answer(outputId(index, question, provenance), paper.id(), question, reading.text(),
                reading.kind(), reading.confidence(), reading.evidence(), provenance);
    }

    /**
     * Works out the answer without wrapping it, with the figures it was decided on.
     *
     * @param paper    the paper
     * @param asked    the question, not blank
     * @return the reading
     */
    Reading read(Paper paper, String asked) {
        return read(indexer.index(paper), asked);
    }

    private Reading read(PaperIndex index, String asked) {
        Question question = Question.read(asked);
        SentenceRanking ranking = SentenceRanking.of(index, question, settings);
        if (ranking.isEmpty()) {
            return Reading.unanswerable(question, 0.95, 0);
        }
        int best = ranking.best();
        double support = ranking.support();
        boolean yesNo = question.form() == QuestionForm.YES_NO;
        // a yes/no question is refused only when none of it is in the paper: "Yes" is right too often to give up
        if (yesNo ? support == 0 : support < settings.minSupport()) {
            return Reading.unanswerable(question, refusalConfidence(support), support);
        }
        List<Evidence> evidence = new ArrayList<>();
        for (int p : ranking.passages(settings.evidencePassages(), settings.secondEvidence())) {
            evidence.add(new Evidence(index.passages().get(p), ranking.passageScore(p)));
        }
        String sentence = index.sentences().get(best).text();
        if (yesNo) {
            String verdict = Denial.denies(sentence, question.focusStems()) ? "No" : "Yes";
            return new Reading(question, verdict, AnswerKind.YES_NO,
                    answerConfidence(support, true), evidence, support, sentence);
        }
        String span = settings.shortSpans() ? spans.find(question, sentence) : sentence;
        return new Reading(question, span, AnswerKind.EXTRACTIVE, answerConfidence(support, false), evidence, support,
                sentence);
    }

    /**
     * On QASPER dev about a third of refusals met an annotator who also found no answer, a little more
     * when the paper mentions nothing of what the question is about.
     */
    private double refusalConfidence(double support) {
        return 0.3 + 0.1 * Math.max(0, 1 - support / Math.max(settings.minSupport(), 1e-9));
    }

    /**
     * On QASPER dev "Yes" was right for about 60% of the yes/no questions answered, and the cited
     * paragraph was an annotator's for about 45% of the other questions answered, whatever the support.
     */
    private static double answerConfidence(double support, boolean yesNo) {
        return yesNo ? 0.55 + 0.05 * support : 0.4 + 0.1 * support;
    }

    /** The paper's id and the fingerprint of its indexed text, so an edited paper gets new ids. */
    private static String outputId(PaperIndex index, String question, Provenance provenance) {
        return "qa-" + ContentDigest.of(index.paper().id().toString(), index.fingerprint(), question.strip(),
                provenance.model(), provenance.configHash()).substring(0, 32);
    }

    /**
     * An answer before it is wrapped, with the figures it was decided on.
     *
     * @param question   the question as read
     * @param text       the answer text
     * @param kind       the answer kind
     * @param confidence from 0 to 1
     * @param evidence   the cited passages, best first
     * @param support    how well the best sentence supports the question
     * @param sentence   the best sentence, empty when unanswerable
     */
    record Reading(Question question, String text, AnswerKind kind, double confidence, List<Evidence> evidence,
                   double support, String sentence) {

        /**
         * A refusal: "Unanswerable", no evidence.
         *
         * @param question   the question as read
         * @param confidence from 0 to 1
         * @param support    how much of the question the paper mentions in one sentence
         * @return the reading
         */
        static Reading unanswerable(Question question, double confidence, double support) {
            return new Reading(question, UNANSWERABLE, AnswerKind.UNANSWERABLE, confidence, List.of(), support, "");
        }
    }
}
