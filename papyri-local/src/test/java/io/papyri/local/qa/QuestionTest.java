package io.papyri.local.qa;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionTest {

    @Test
    void anAuxiliaryVerbFirstMakesAYesNoQuestion() {
        assertThat(Question.read("Do they evaluate on other languages?").form()).isEqualTo(QuestionForm.YES_NO);
        assertThat(Question.read("  Is the dataset balanced? ").form()).isEqualTo(QuestionForm.YES_NO);
        assertThat(Question.read("did they use crowdsourcing?").form()).isEqualTo(QuestionForm.YES_NO);
        assertThat(Question.read("Were annotations done manually?").form()).isEqualTo(QuestionForm.YES_NO);
    }

    @Test
    void aChoiceBetweenAlternativesIsNotAYesNoQuestion() {
        assertThat(Question.read("Is the model trained on English or German?").form())
                .isNotEqualTo(QuestionForm.YES_NO);
        assertThat(Question.read("Does it help or not?").form()).isEqualTo(QuestionForm.YES_NO);
    }

    @Test
    void wordingTellsQuantitiesNamesAndManner() {
        assertThat(Question.read("How many sentence pairs are there?").form()).isEqualTo(QuestionForm.QUANTITY);
        assertThat(Question.read("What is the size of the corpus?").form()).isEqualTo(QuestionForm.QUANTITY);
        assertThat(Question.read("By how much does it outperform BERT?").form()).isEqualTo(QuestionForm.QUANTITY);
        assertThat(Question.read("Which datasets do they use?").form()).isEqualTo(QuestionForm.NAMED);
        assertThat(Question.read("How do they align the sentences?").form()).isEqualTo(QuestionForm.MANNER);
        assertThat(Question.read("Why does beam search hurt?").form()).isEqualTo(QuestionForm.MANNER);
    }

    @Test
    void questionWordsAreNotSearchedForAndCommonWordsAreNotTheFocus() {
        Question question = Question.read("What dataset do they use to train the parser?");
        assertThat(question.searchText()).isEqualTo("dataset use to train the parser");
        assertThat(question.focusStems()).containsExactlyInAnyOrder("train", "parser");
        assertThat(Question.read("What datasets do they use?").focusStems()).isEmpty();
    }
}
