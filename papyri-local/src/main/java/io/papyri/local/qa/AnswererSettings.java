package io.papyri.local.qa;

import io.papyri.core.ContentDigest;
import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.spi.ProviderContext;


/**
 * What shapes the local answerer's output: how the retrieval scores are weighed, how many passages
 * are cited and when the answer is "Unanswerable".
 *
 * <p>A sentence's score is {@code sentenceLexical * bm25(sentence) + sentenceDense * cosine(sentence)
 * + passageLexical * bm25(passage) + passageDense * cosine(passage)}, each BM25 divided by the
 * paper's best BM25 for the question so that all four parts lie in about [0, 1], plus small fixed
 * terms for the section's role and heading. The support of an answer is the largest share, over the
 * paper's sentences, of the question's content words (weighed by rarity) that one sentence mentions.
 *
 * <p>Settings read by {@link #from(ProviderContext)}:
 * <ul>
 *   <li>{@value #EVIDENCE_PASSAGES} (environment {@code PAPYRI_QA_EVIDENCE_PASSAGES}): the most passages
 *       an answer cites, 1 to 5;</li>
 *   <li>{@value #MIN_SUPPORT} ({@code PAPYRI_QA_MIN_SUPPORT}): the support, 0 to 1, below which the
 *       answer is "Unanswerable"; 0 never refuses.</li>
 * </ul>
 *
 * @param sentenceLexical  weight of the sentence's BM25
 * @param sentenceDense    weight of the sentence's cosine similarity to the question
 * @param passageLexical   weight of the BM25 of the sentence's passage
 * @param passageDense     weight of the cosine similarity of the sentence's passage
 * @param evidencePassages the most passages an answer cites
 * @param secondEvidence   a further passage is cited when its score is at least this share of the best
 * @param minSupport       answers with less support than this are "Unanswerable"
 * @param shortSpans       whether extractive answers are cut to a short span of their sentence
 */
public record AnswererSettings(double sentenceLexical, double sentenceDense, double passageLexical,
                               double passageDense, int evidencePassages, double secondEvidence, double minSupport,
                               boolean shortSpans) {

    /** Setting: the most passages an answer cites. */
    public static final String EVIDENCE_PASSAGES = "papyri.qa.evidence-passages";
    /** Setting: the support below which an answer is "Unanswerable". */
    public static final String MIN_SUPPORT = "papyri.qa.min-support";

    /**
     * The defaults, tuned on the QASPER dev split (Answer-F1 30.8, Evidence-F1 36.1): passage similarity
     * weighs most, lexical passage match next, and a question whose content words no sentence
     * mentions half of is refused.
     */
    public static final AnswererSettings DEFAULT = new AnswererSettings(0, 0.5, 0.3, 1.0, 2, 0.95, 0.5, true);

    /**
     * Checks the values.
     *
     * @param sentenceLexical  weight of the sentence's BM25
     * @param sentenceDense    weight of the sentence's cosine similarity to the question
     * @param passageLexical   weight of the BM25 of the sentence's passage
     * @param passageDense     weight of the cosine similarity of the sentence's passage
     * @param evidencePassages the most passages an answer cites
     * @param secondEvidence   a further passage is cited when its score is at least this share of the best
     * @param minSupport       answers with less support than this are "Unanswerable"
     * @param shortSpans       whether extractive answers are cut to a short span of their sentence
     */
    public AnswererSettings {
        if (sentenceLexical < 0 || sentenceDense < 0 || passageLexical < 0 || passageDense < 0
                || sentenceLexical + sentenceDense + passageLexical + passageDense == 0) {
            throw new IllegalArgumentException("retrieval weights must be non-negative and not all 0");
        }
        if (evidencePassages < 1 || evidencePassages > 5) {
            throw new ProviderConfigurationException("Setting " + EVIDENCE_PASSAGES + "=" + evidencePassages
                    + " is out of range: give from 1 to 5 passages.");
        }
        if (!(minSupport >= 0 && minSupport <= 1)) {
            throw new ProviderConfigurationException("Setting " + MIN_SUPPORT + "=" + minSupport
                    + " is out of range: give a number from 0 (never refuse) to 1.");
        }
        if (!(secondEvidence >= 0 && secondEvidence <= 1)) {
            throw new IllegalArgumentException("secondEvidence must be within [0, 1], was " + secondEvidence);
        }
    }

    /**
     * The settings of a provider context, defaults where it sets nothing.
     *
     * @param context the provider context
     * @return the settings
     * @throws ProviderConfigurationException when a setting is not a number or out of range
     */
    public static AnswererSettings from(ProviderContext context) {
        long passages = context.longSetting(EVIDENCE_PASSAGES, DEFAULT.evidencePassages());
        String support = context.setting(MIN_SUPPORT, Double.toString(DEFAULT.minSupport())).strip();
        double minSupport;
        try {
            minSupport = Double.parseDouble(support);
        } catch (NumberFormatException e) {
            throw new ProviderConfigurationException("Setting " + MIN_SUPPORT + "='" + support
                    + "' is not a number; give one from 0 to 1, such as " + DEFAULT.minSupport() + ".", e);
        }
        return DEFAULT.withEvidencePassages((int) Math.max(-1, Math.min(99, passages))).withMinSupport(minSupport);
    }

    /**
     * These settings with another number of cited passages.
     *
     * @param passages the most passages an answer cites, 1 to 5
     * @return the new settings
     */
    public AnswererSettings withEvidencePassages(int passages) {
        return new AnswererSettings(sentenceLexical, sentenceDense, passageLexical, passageDense, passages,
                secondEvidence, minSupport, shortSpans);
    }

    /**
     * These settings with another refusal threshold.
     *
     * @param support the support below which an answer is "Unanswerable", 0 to 1
     * @return the new settings
     */
    public AnswererSettings withMinSupport(double support) {
        return new AnswererSettings(sentenceLexical, sentenceDense, passageLexical, passageDense, evidencePassages,
                secondEvidence, support, shortSpans);
    }

    /**
     * A short hash of every value here, which changes whenever the output could.
     *
     * @return 12 hex digits
     */
    public String configHash() {
        return ContentDigest.of(toString()).substring(0, 12);
    }
}
