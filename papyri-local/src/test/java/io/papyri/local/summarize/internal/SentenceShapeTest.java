package io.papyri.local.summarize.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceShapeTest {

    @Test
    void aContributionSentenceIsProseWithCues() {
        SentenceShape shape = SentenceShape.of(
                "In this paper, we propose a new parser that outperforms previous systems on five treebanks.", false);
        assertThat(shape.prose()).isTrue();
        assertThat(shape.words()).isEqualTo(15);
        assertThat(shape.contributionCues()).isGreaterThanOrEqualTo(2);
        assertThat(shape.contextCues()).isZero();
    }

    @Test
    void sentencesThatLeanOnTheirSurroundingsAreMarked() {
        assertThat(SentenceShape.of("Table 3 shows the accuracy of every model on the test set.", false)
                .contextCues()).isPositive();
        assertThat(SentenceShape.of("However, this holds only for short sentences of the corpus.", false)
                .contextCues()).isPositive();
        assertThat(SentenceShape.of("The rest of this paper is organized as follows.", false).contextCues()).isPositive();
        assertThat(SentenceShape.of("This paper describes a parser for German news text.", false).contextCues()).isZero();
    }

    @Test
    void formulasFragmentsAndGarbleAreNotProse() {
        assertThat(SentenceShape.of("Let x = f(y) + g(z)^2 for all y, z in R^n where n >= 2.", false).prose()).isFalse();
        assertThat(SentenceShape.of("and the results were then averaged over all ten runs of it.", false).prose())
                .isFalse();
        assertThat(SentenceShape.of("we compute @xmath3 and @xmath4 from @xmath5 with @xmath6 .", true).prose()).isFalse();
        assertThat(SentenceShape.of("the phase diagram of the same system as a function of angle ( see fig .", true)
                .prose()).isFalse();
        assertThat(SentenceShape.of("Each topic is e I e I β e I a α θ z f J B N M of the model.", false).prose())
                .isFalse();
        assertThat(SentenceShape.of("Results were good.", false).prose()).as("too short").isFalse();
        assertThat(SentenceShape.of("we compute the decay constant from the measured branching fraction .", true)
                .prose()).as("lower case is normal in lower-cased text").isTrue();
    }

    @Test
    void roadmapSentencesAreRecognized() {
        assertThat(SentenceShape.of("In Section 3 we describe how the parser is trained.", false).roadmap()).isTrue();
        assertThat(SentenceShape.of("The rest of this paper is organized as follows.", false).roadmap()).isTrue();
        assertThat(SentenceShape.of("Section 5 concludes the paper with an outlook.", false).roadmap()).isTrue();
        assertThat(SentenceShape.of("Sections of the corpus were annotated by two linguists.", false).roadmap())
                .isFalse();
        assertThat(SentenceShape.of("We describe how the parser is trained on news text.", false).roadmap()).isFalse();
    }

    @Test
    void citationsAreCounted() {
        assertThat(SentenceShape.of("Earlier parsers [3, 4] and taggers (Smith et al., 2019) used rules.", false)
                .citations()).isEqualTo(2);
    }
}
