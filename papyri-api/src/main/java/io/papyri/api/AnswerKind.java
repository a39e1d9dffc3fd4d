package io.papyri.api;

/** What kind of answer a {@link io.papyri.api.spi.QuestionAnswerer} gave. */
public enum AnswerKind {
    /** A span or sentences taken from the paper. */
    EXTRACTIVE,
    /** A free-form answer written by a generative model. */
    ABSTRACTIVE,
    /** "Yes" or "No", with evidence. */
    YES_NO,
    /** The paper does not support an answer. */
    UNANSWERABLE
}
