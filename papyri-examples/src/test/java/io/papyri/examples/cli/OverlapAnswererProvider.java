package io.papyri.examples.cli;

import io.papyri.api.Answer;
import io.papyri.api.AnswerKind;
import io.papyri.api.Evidence;
import io.papyri.api.Paper;
import io.papyri.api.Passage;
import io.papyri.api.Provenance;
import io.papyri.api.spi.ProviderContext;
import io.papyri.api.spi.QuestionAnswerer;
import io.papyri.api.spi.QuestionAnswererProvider;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Test answerer {@code fixture-overlap}: cites the passage sharing the most words with the question;
 * answers "Yes" to questions starting with is/are/does/do/can, else with the passage's first
 * sentence. With no shared word it says the paper does not answer, and still cites a passage, so the
 * eval command's own handling of unanswerable answers is tested.
 */
public final class OverlapAnswererProvider implements QuestionAnswererProvider {

    static final String NAME = "fixture-overlap";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "test fixture: the passage with the most question words";
    }

    @Override
    public QuestionAnswerer create(ProviderContext context) {
        return OverlapAnswererProvider::answer;
    }

    private static Answer answer(Paper paper, String question) {
        Provenance provenance = new Provenance(NAME, "overlap-1", "0");
        Optional<Passage> best = OverlapRetrieval.best(paper, question);
        if (best.isEmpty()) {
            Passage any = new Passage(paper.id(), 0, "", 1, paper.paragraphs().findFirst().map(p -> p.text()).orElse("x"));
            return new Answer("fixture-answer", paper.id(), question, "The paper does not say.", AnswerKind.UNANSWERABLE,
                    0.1, List.of(new Evidence(any, 0.1)), provenance);
        }
        String first = question.strip().toLowerCase(Locale.ROOT).split("\\s+")[0];
        boolean yesNo = List.of("is", "are", "does", "do", "can").contains(first);
        return new Answer("fixture-answer", paper.id(), question,
                yesNo ? "Yes" : OverlapRetrieval.firstSentence(best.get().text()),
                yesNo ? AnswerKind.YES_NO : AnswerKind.EXTRACTIVE, 0.75, List.of(new Evidence(best.get(), 0.75)),
                provenance);
    }
}
