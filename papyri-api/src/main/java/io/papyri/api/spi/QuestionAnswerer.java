package io.papyri.api.spi;

import io.papyri.api.Answer;
import io.papyri.api.Paper;

/** Answers questions about a paper with evidence, or says the paper does not answer them. */
public interface QuestionAnswerer extends Stage {

    /**
     * Answers a question.
     *
     * @param paper    the paper
     * @param question the question
     * @return the answer with its evidence
     */
    Answer answer(Paper paper, String question);
}
