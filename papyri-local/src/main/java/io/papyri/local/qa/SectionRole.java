package io.papyri.local.qa;

import io.papyri.core.index.SectionKind;

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
    /** Back matter: acknowledgments, references, appendices; never an answer. */
    BACK_MATTER(-1),
    /** Experiments, setup, results, evaluation, baselines, training. */
    EXPERIMENTS(0.035),
    /** Data, corpus, annotation. */
    DATA(0.07),
    /** Anything else, such as the method. */
    OTHER(0);

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
        return switch (SectionKind.of(heading)) {
            case INTRODUCTION -> INTRODUCTION;
            case CONCLUSION -> CONCLUSION;
            case RELATED_WORK -> RELATED;
            case BACK_MATTER -> BACK_MATTER;
            case RESULTS, SETUP -> EXPERIMENTS;
            case DATA -> DATA;
            case ABSTRACT, BODY -> OTHER;
        };
    }
}
