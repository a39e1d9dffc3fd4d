package io.papyri.local.summarize.internal;

import io.papyri.core.index.SectionKind;

/**
 * What a section does in a paper, read from its heading: the parts that state a paper's
 * contribution (abstract, introduction, conclusion) carry most of what an abstract says, related
 * work describes other papers, and back matter (references, acknowledgments, appendices) is never
 * summarized.
 */
public enum SectionRole {
    /** The paper's own abstract. */
    ABSTRACT,
    /** Introduction, overview, motivation. */
    INTRODUCTION,
    /** Conclusion, summary, discussion, future work. */
    CONCLUSION,
    /** Related work, background, previous work. */
    RELATED_WORK,
    /** Experiments, results, evaluation. */
    RESULTS,
    /** References, acknowledgments, appendices, supplements, declarations. */
    BACK_MATTER,
    /** Any other section: method, model, data, theory. */
    BODY;

    /**
     * Reads a heading: method, setup and data sections all count as the body.
     *
     * @param heading the section heading
     * @return the section's role in a summary
     */
    public static SectionRole of(String heading) {
        return switch (SectionKind.of(heading)) {
            case ABSTRACT -> ABSTRACT;
            case INTRODUCTION -> INTRODUCTION;
            case CONCLUSION -> CONCLUSION;
            case RELATED_WORK -> RELATED_WORK;
            case RESULTS -> RESULTS;
            case BACK_MATTER -> BACK_MATTER;
            case SETUP, DATA, BODY -> BODY;
        };
    }

    /** @return whether sentences of such sections may be picked for a summary */
    public boolean summarized() {
        return this != BACK_MATTER;
    }
}
