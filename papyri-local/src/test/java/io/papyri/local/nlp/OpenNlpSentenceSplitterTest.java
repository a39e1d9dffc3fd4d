package io.papyri.local.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class OpenNlpSentenceSplitterTest {

    private static final String FIRST = "Transformers were introduced by Vaswani et al. (2017) and have since "
            + "replaced recurrent networks in many tasks, e.g. machine translation and summarization.";
    private static final String SECOND = "As shown in Fig. 3, attention concentrates on a few tokens when the "
            + "dropout rate is 0.5, i.e. half of the units are dropped.";
    private static final String THIRD = "We therefore lower the learning rate to 0.0001 in all experiments.";

    private final OpenNlpSentenceSplitter splitter = new OpenNlpSentenceSplitter();

    @Test
    void splitsAScientificParagraphIntoItsRealSentences() {
        String paragraph = FIRST + " " + SECOND + " " + THIRD;

        assertThat(splitter.split(paragraph)).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void joinsCitationsFigureAndEquationReferencesButKeepsRealEndsAfterEtAl() {
        String citation = "This follows Devlin et al. 2019b and Radford et al. who pretrain on text.";
        String references = "Results are in Fig. 4 and Eq. 7 gives the loss.";
        String endsWithEtAl = "The idea goes back to Bahdanau et al.";
        String next = "Their model aligns words.";

        assertThat(splitter.split(citation + " " + references + " " + endsWithEtAl + " " + next))
                .containsExactly(citation, references, endsWithEtAl, next);
    }

    @Test
    void joinsDetectedSentencesOnlyWhereTheScientificRulesSaySo() {
        assertThat(OpenNlpSentenceSplitter.continues("By Vaswani et al.", "(2017) show this.")).isTrue();
        assertThat(OpenNlpSentenceSplitter.continues("By Vaswani et al.", "show this.")).isTrue();
        assertThat(OpenNlpSentenceSplitter.continues("By Vaswani et al.", "The next one.")).isFalse();
        assertThat(OpenNlpSentenceSplitter.continues("See Fig.", "3 for details.")).isTrue();
        assertThat(OpenNlpSentenceSplitter.continues("See Eq.", "(2) for details.")).isTrue();
        assertThat(OpenNlpSentenceSplitter.continues("See Fig.", "Next sentence.")).isFalse();
        assertThat(OpenNlpSentenceSplitter.continues("Some tasks, e.g.", "translation, work.")).isTrue();
        assertThat(OpenNlpSentenceSplitter.continues("It works.", "then it stops.")).isFalse();
    }

    @Test
    void returnsNothingForBlankText() {
        assertThat(splitter.split("  \n\t ")).isEmpty();
    }

    @Test
    void givesTheSameSentencesWhenSharedBetweenThreads() throws Exception {
        String paragraph = FIRST + " " + SECOND + " " + THIRD;
        List<Callable<List<String>>> calls = IntStream.range(0, 16)
                .<Callable<List<String>>>mapToObj(i -> () -> splitter.split(paragraph)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<List<String>> result : pool.invokeAll(calls)) {
                assertThat(result.get()).containsExactly(FIRST, SECOND, THIRD);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
