package io.papyri.core.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AnswerF1Test {

    @Test
    void normalizesTheSquadWay() {
        assertThat(AnswerNormalizer.normalize("The  Cat's, a hat!")).isEqualTo("cats hat");
        assertThat(AnswerNormalizer.normalize("An apple and THE theater")).isEqualTo("apple and theater");
        // punctuation goes first, so "a-the" becomes one word "athe" and survives
        assertThat(AnswerNormalizer.normalize("a-the\tend\n")).isEqualTo("athe end");
        assertThat(AnswerNormalizer.tokens(" a the ,  ")).isEmpty();
    }

    @Test
    void scoresPartialOverlap() {
        // [big red dog] vs [red dog barked]: 2 shared -> P = R = 2/3 -> F = 2/3
        assertThat(AnswerF1.score("the big red dog", "A red dog barked.")).isCloseTo(2.0 / 3, within(1e-12));
        // [red dog] vs [red dog barked loudly]: P = 1, R = 1/2 -> F = 2/3
        assertThat(AnswerF1.score("red dog", "red dog barked loudly")).isCloseTo(2.0 / 3, within(1e-12));
        // [dog dog dog] vs [dog]: multiset overlap 1 -> P = 1/3, R = 1 -> F = 1/2
        assertThat(AnswerF1.score("dog dog dog", "dog")).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void scoresZeroWhenNothingIsShared() {
        assertThat(AnswerF1.score("cat", "dog")).isZero();
        assertThat(AnswerF1.score("", "dog")).isZero();
        assertThat(AnswerF1.score("the", "a")).isZero();
    }

    @Test
    void unanswerableAndYesNoNeedTheLiteralWord() {
        assertThat(AnswerF1.score("unanswerable.", "Unanswerable")).isEqualTo(1.0);
        assertThat(AnswerF1.score("", "Unanswerable")).isZero();
        assertThat(AnswerF1.score("yes", "Yes")).isEqualTo(1.0);
        assertThat(AnswerF1.score("Yes", "No")).isZero();
        // "Yes, it does" vs "Yes": P = 1/3, R = 1 -> F = 1/2
        assertThat(AnswerF1.score("Yes, it does", "Yes")).isCloseTo(0.5, within(1e-12));
    }
}
