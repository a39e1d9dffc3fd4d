package io.papyri.local.chat;

import io.papyri.api.ChatMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpResolverTest {

    private final FollowUpResolver resolver = new FollowUpResolver();

    private static ChatMessage user(String text) {
        return new ChatMessage("u", ChatMessage.Role.USER, text, List.of(), Instant.EPOCH);
    }

    private static ChatMessage assistant(String text) {
        return new ChatMessage("a", ChatMessage.Role.ASSISTANT, text, List.of(), Instant.EPOCH);
    }

    private static final List<ChatMessage> DATASET_TURN = List.of(
            user("What dataset do they use?"),
            assistant("the WMT 2014 English-German dataset\n\"We trained on the standard WMT 2014 English-German"
                    + " dataset.\" (5.1 Training Data, p. 7)"));

    @Test
    void aPronounIsReplacedByTheShortPreviousAnswer() {
        assertThat(resolver.resolve(DATASET_TURN, "How large is it?"))
                .isEqualTo("How large is the WMT 2014 English-German dataset?");
        assertThat(resolver.resolve(DATASET_TURN, "Who released its test set?"))
                .isEqualTo("Who released the WMT 2014 English-German dataset's test set?");
    }

    @Test
    void anEllipticQuestionBorrowsThePreviousQuestion() {
        assertThat(resolver.resolve(DATASET_TURN, "And for French?"))
                .isEqualTo("And for French? (What dataset do they use; the WMT 2014 English-German dataset)");
        assertThat(resolver.resolve(DATASET_TURN, "How is this dataset filtered?"))
                .startsWith("How is this dataset filtered? (What dataset do they use");
    }

    @Test
    void aQuestionThatStandsAloneIsLeftAlone() {
        assertThat(resolver.resolve(DATASET_TURN, "  Which optimizer do they use? "))
                .isEqualTo("Which optimizer do they use?");
        assertThat(resolver.resolve(DATASET_TURN, "Do they show that attention helps?"))
                .as("'that' opening a clause points at nothing").isEqualTo("Do they show that attention helps?");
        assertThat(resolver.resolve(List.of(), "How large is it?")).as("nothing to lean on").isEqualTo("How large is it?");
    }

    @Test
    void aLongOrEmptyAnswerIsContextNotAName() {
        List<ChatMessage> history = List.of(user("Is the model better than RNNs?"), assistant("Yes\n\"...\""));
        assertThat(resolver.resolve(history, "Why is it better?"))
                .isEqualTo("Why is it better? (Is the model better than RNNs)");
    }
}
