package io.papyri.local.qa;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a section does in a paper, read from its heading. Answers to questions about a paper's own
 * work are found in its data and experiment sections far more often than in related work, the
 * introduction or the conclusion; the answerer weighs passages by their section's role.
 */
enum SectionRole {
    /** The abstract: it restates the body, whose paragraph is the better citation. */
    ABSTRACT(0),
    /** Introduction. */
    INTRODUCTION(-0.07),
    /** Related work, background, previous work. */
    RELATED(-0.14),
    /** Conclusion, discussion, future work. */
    CONCLUSION(-0.14),
    /** Acknowledgments: never an answer. */
    ACKNOWLEDGMENTS(-1),
    /** Experiments, setup, results, evaluation, baselines, training. */
    EXPERIMENTS(0.035),
    /** Data, corpus, annotation. */
    DATA(0.07),
    /** Anything else, such as the method. */
    OTHER(0);

    private static final Pattern INTRODUCTION_WORDS = Pattern.compile("intro");
    private static final Pattern CONCLUSION_WORDS = Pattern.compile("conclu|future|discussion");
    private static final Pattern RELATED_WORDS = Pattern.compile("related|background|previous|prior work");
    private static final Pattern ACKNOWLEDGMENT_WORDS = Pattern.compile("acknowledg");
    private static final Pattern EXPERIMENT_WORDS = Pattern.compile(
            "experiment|setup|set-up|result|evaluat|baseline|implementation|training");
    private static final Pattern DATA_WORDS = Pattern.compile("data|corpus|corpora|annotat|collection");

    private final double prior;

    SectionRole(double prior) {
        this.prior = prior;
    }

    /** @return what a passage of this role adds to its score */
    double prior() {
        return prior;
    }

    /**
     * The role of a section.
     *
     * @param heading    the section heading, with any parent headings
     * @param isAbstract whether the passage is the paper's abstract
     * @return its role
     */
    static SectionRole of(String heading, boolean isAbstract) {
        if (isAbstract) {
            return ABSTRACT;
        }
        String h = heading.toLowerCase(Locale.ROOT);
        if (INTRODUCTION_WORDS.matcher(h).find()) {
            return INTRODUCTION;
        }
        if (CONCLUSION_WORDS.matcher(h).find()) {
            return CONCLUSION;
        }
        if (RELATED_WORDS.matcher(h).find()) {
            return RELATED;
        }
        if (ACKNOWLEDGMENT_WORDS.matcher(h).find()) {
            return ACKNOWLEDGMENTS;
        }
        if (EXPERIMENT_WORDS.matcher(h).find()) {
            return EXPERIMENTS;
        }
        if (DATA_WORDS.matcher(h).find()) {
            return DATA;
        }
        return OTHER;
    }
}
