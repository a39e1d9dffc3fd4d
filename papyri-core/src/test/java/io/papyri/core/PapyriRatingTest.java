package io.papyri.core;

import io.papyri.api.Answer;
import io.papyri.api.AnswerKind;
import io.papyri.api.ChatMessage;
import io.papyri.api.ChatSession;
import io.papyri.api.FeedbackQuery;
import io.papyri.api.FeedbackTarget;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.Paragraph;
import io.papyri.api.Provenance;
import io.papyri.api.RatedOutput;
import io.papyri.api.Rating;
import io.papyri.api.RatingAggregate;
import io.papyri.api.RatingConflictException;
import io.papyri.api.Section;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;
import io.papyri.api.UnknownOutputException;
import io.papyri.api.spi.ChatAgent;
import io.papyri.api.spi.QuestionAnswerer;
import io.papyri.core.feedback.InMemoryFeedbackStore;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outputs are recorded in the feedback store as they are produced, and rated by their ids. */
class PapyriRatingTest {

    private static final PaperId ID = PaperId.parse("arxiv:1706.03762");
    private static final Paper PAPER = new Paper(ID, "Attention Is All You Need", List.of(), "We propose the Transformer.",
            List.of(new Section("1 Introduction", 1, 1, List.of(new Paragraph("Attention is all you need.", 2)))),
            List.of(), List.of(), Map.of());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    private static final Provenance CHAT = new Provenance("echo", "echo-1", "0");

    private static final QuestionAnswerer ANSWERER = (paper, question) -> new Answer("answer-1", paper.id(), question,
            "The Transformer", AnswerKind.EXTRACTIVE, 0.5, List.of(), new Provenance("fixed", "fixed-1", "0"));

    private static final ChatAgent AGENT = new ChatAgent() {
        @Override
        public ChatSession start(Paper paper, String sessionId) {
            return new ChatSession(sessionId, paper.id(), List.of(), CHAT);
        }

        @Override
        public ChatMessage reply(Paper paper, ChatSession session, String message) {
            return new ChatMessage("reply-" + session.messages().size(), ChatMessage.Role.ASSISTANT,
                    "You asked: " + message, List.of(), CLOCK.instant());
        }
    };

    private static Papyri papyri(InMemoryFeedbackStore feedback) {
        return Papyri.builder().withoutLogging().clock(CLOCK).summarizer("first-paragraph").answerer(ANSWERER)
                .chat(AGENT).feedback(feedback).build();
    }

    @Test
    void aSummaryIsRatedByItsIdAndTheRatingIsTiedToIt() {
        InMemoryFeedbackStore feedback = new InMemoryFeedbackStore();
        try (Papyri papyri = papyri(feedback)) {
            Summary summary = papyri.summarize(PAPER, SummaryStyle.TLDR);

            assertThat(feedback.output(summary.outputId())).contains(new RatedOutput(summary.outputId(),
                    FeedbackTarget.SUMMARY, ID, summary.provenance(), "TLDR", summary.text(), CLOCK.instant()));

            Rating rating = papyri.rate(summary.outputId(), 4, "clear", List.of("short"), "rater-1", "key-1");

            assertThat(rating).isEqualTo(new Rating("key-1", summary.outputId(), FeedbackTarget.SUMMARY, ID,
                    summary.provenance(), "", "rater-1", 4, "clear", List.of("short"), CLOCK.instant()));
            assertThat(papyri.ratings(FeedbackQuery.all())).containsExactly(rating);
            assertThat(papyri.ratingStats(FeedbackQuery.all(), RatingAggregate.GroupBy.OUTPUT))
                    .singleElement().satisfies(a -> {
                        assertThat(a.key()).isEqualTo(summary.outputId());
                        assertThat(a.count()).isEqualTo(1);
                        assertThat(a.mean()).isEqualTo(4.0);
                    });
        }
    }

    @Test
    void answersChatsAndRepliesAreRecordedWithTheirTargets() {
        InMemoryFeedbackStore feedback = new InMemoryFeedbackStore();
        try (Papyri papyri = papyri(feedback)) {
            Answer answer = papyri.answer(PAPER, "What is proposed?");
            ChatSession session = papyri.startChat(PAPER);
            ChatSession replied = papyri.reply(PAPER, session, " Why attention? ");
            ChatMessage reply = replied.messages().get(1);

            assertThat(feedback.output(answer.outputId())).get()
                    .satisfies(o -> {
                        assertThat(o.target()).isEqualTo(FeedbackTarget.ANSWER);
                        assertThat(o.input()).isEqualTo("What is proposed?");
                        assertThat(o.text()).isEqualTo("The Transformer");
                    });
            assertThat(feedback.output(session.sessionId())).get()
                    .satisfies(o -> assertThat(o.target()).isEqualTo(FeedbackTarget.CHAT));
            assertThat(feedback.output(reply.outputId())).contains(new RatedOutput(reply.outputId(),
                    FeedbackTarget.CHAT_REPLY, ID, CHAT, "Why attention?", "You asked: Why attention?", CLOCK.instant()));

            papyri.rate(answer.outputId(), 2, "", List.of(), "r", "a");
            papyri.rate(session.sessionId(), 5, "", List.of(), "r", "c");
            papyri.rate(reply.outputId(), 3, "", List.of(), "r", "cr");
            assertThat(papyri.ratingStats(FeedbackQuery.all(), RatingAggregate.GroupBy.TARGET))
                    .extracting(RatingAggregate::key).containsExactly("ANSWER", "CHAT", "CHAT_REPLY");
        }
    }

    @Test
    void anUnknownOutputIdIsRefusedAndNothingIsStored() {
        InMemoryFeedbackStore feedback = new InMemoryFeedbackStore();
        try (Papyri papyri = papyri(feedback)) {
            assertThatThrownBy(() -> papyri.rate("no-such-output", 4, "", List.of(), "rater-1", "key-1"))
                    .isInstanceOf(UnknownOutputException.class)
                    .hasMessageContaining("'no-such-output'")
                    .hasMessageContaining("summarize, ask or chat")
                    .satisfies(e -> assertThat(((UnknownOutputException) e).outputId()).isEqualTo("no-such-output"));
            assertThat(papyri.ratedOutput("no-such-output")).isEmpty();
            assertThat(papyri.ratings(FeedbackQuery.all())).isEmpty();
        }
    }

    @Test
    void aRetryWithTheSameKeyIsStoredOnceAndAReusedKeyIsAConflict() {
        InMemoryFeedbackStore feedback = new InMemoryFeedbackStore();
        try (Papyri papyri = papyri(feedback)) {
            String id = papyri.summarize(PAPER, SummaryStyle.ABSTRACT).outputId();

            Rating first = papyri.rate(id, 5, "great", List.of(), "rater-1", "retry-key");
            Rating again = papyri.rate(id, 5, "great", List.of(), "rater-1", "retry-key");

            assertThat(again).isEqualTo(first);
            assertThat(papyri.ratings(FeedbackQuery.all())).hasSize(1);
            assertThatThrownBy(() -> papyri.rate(id, 1, "", List.of(), "rater-1", "retry-key"))
                    .isInstanceOf(RatingConflictException.class);
            assertThatThrownBy(() -> papyri.rate(id, 6, "", List.of(), "rater-1", "other-key"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 1 to 5");
            assertThat(papyri.ratings(FeedbackQuery.all())).containsExactly(first);
        }
    }

    @Test
    void withoutAFeedbackStoreOutputsAreStillReturned() {
        // papyri-core has no feedback provider: the default 'local' is not installed in its tests
        try (Papyri papyri = Papyri.builder().withoutLogging().clock(CLOCK).summarizer("first-paragraph").build()) {
            assertThat(papyri.summarize(PAPER, SummaryStyle.TLDR).outputId()).isEqualTo("out-1");
        }
    }

    @Test
    void outputsAreNotRecordedWhenTheBuilderTurnsItOff() {
        InMemoryFeedbackStore feedback = new InMemoryFeedbackStore();
        try (Papyri papyri = Papyri.builder().withoutLogging().clock(CLOCK).summarizer("first-paragraph")
                .feedback(feedback).recordOutputs(false).build()) {
            String id = papyri.summarize(PAPER, SummaryStyle.TLDR).outputId();

            assertThat(feedback.output(id)).isEmpty();
            assertThatThrownBy(() -> papyri.rate(id, 3, "", List.of(), "r", "k"))
                    .isInstanceOf(UnknownOutputException.class);
        }
    }

    @Test
    void aFailureToRecordIsLoggedAndTheOutputStillReturned() {
        try (Papyri papyri = Papyri.builder().withoutLogging().clock(CLOCK).summarizer("first-paragraph")
                .feedback(new FailingStore()).build()) {
            assertThat(papyri.summarize(PAPER, SummaryStyle.TLDR).outputId()).isEqualTo("out-1");
        }
    }

    /** A store whose every call fails. */
    private static final class FailingStore implements io.papyri.api.spi.FeedbackStore {
        @Override
        public Rating submit(Rating rating) {
            throw new io.papyri.api.PapyriException("disk full");
        }

        @Override
        public List<Rating> find(FeedbackQuery query) {
            throw new io.papyri.api.PapyriException("disk full");
        }

        @Override
        public void recordOutput(RatedOutput output) {
            throw new io.papyri.api.PapyriException("disk full");
        }

        @Override
        public Optional<RatedOutput> output(String outputId) {
            throw new io.papyri.api.PapyriException("disk full");
        }

        @Override
        public void recordExposure(io.papyri.api.Exposure exposure) {
            throw new io.papyri.api.PapyriException("disk full");
        }

        @Override
        public List<io.papyri.api.Exposure> exposures(String outputId) {
            throw new io.papyri.api.PapyriException("disk full");
        }

        @Override
        public List<io.papyri.api.ExposureCount> exposureCounts(String experiment) {
            throw new io.papyri.api.PapyriException("disk full");
        }
    }
}
