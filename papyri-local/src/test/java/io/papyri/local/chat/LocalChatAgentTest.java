package io.papyri.local.chat;

import io.papyri.api.Answer;
import io.papyri.api.AnswerKind;
import io.papyri.api.ChatMessage;
import io.papyri.api.ChatSession;
import io.papyri.api.Evidence;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.Passage;
import io.papyri.api.Provenance;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;
import io.papyri.api.spi.QuestionAnswerer;
import io.papyri.api.spi.Summarizer;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalChatAgentTest {

    private static final PaperId ID = PaperId.parse("arxiv:1706.03762");
    private static final Paper PAPER = new Paper(ID, "Attention Is All You Need", List.of(), "", List.of(), List.of(),
            List.of(), Map.of());
    private static final Passage TRAINING = new Passage(ID, 7, "5.1 Training Data", 7,
            "Sentences were batched by length. We trained on the WMT 2014 English-German dataset of about 4.5 million"
                    + " sentence pairs.");
    private static final Provenance PROVENANCE = new Provenance("local", "test", "0");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    private final List<String> asked = new ArrayList<>();
    private final QuestionAnswerer answerer = (paper, question) -> {
        asked.add(question);
        if (question.contains("weather")) {
            return new Answer("q", paper.id(), question, "Unanswerable", AnswerKind.UNANSWERABLE, 0.8, List.of(),
                    PROVENANCE);
        }
        String text = question.contains("large") ? "about 4.5 million sentence pairs" : "WMT 2014 English-German dataset";
        return new Answer("q", paper.id(), question, text, AnswerKind.EXTRACTIVE, 0.7,
                List.of(new Evidence(TRAINING, 0.9)), PROVENANCE);
    };
    private final Summarizer summarizer = (paper, style) -> new Summary("s", paper.id(), style,
            List.of(new Summary.Sentence("We propose the Transformer.", TRAINING)), PROVENANCE);
    private final LocalChatAgent agent = new LocalChatAgent(answerer, summarizer, CLOCK, PROVENANCE);

    @Test
    void aFollowUpIsAnsweredAgainstTheConversationAndCitesItsPassage() {
        ChatSession session = agent.start(PAPER, "s-1");
        ChatMessage first = agent.reply(PAPER, session, "What dataset do they use?");
        session = session.with(new ChatMessage("u1", ChatMessage.Role.USER, "What dataset do they use?", List.of(),
                CLOCK.instant()), first);
        ChatMessage second = agent.reply(PAPER, session, "How large is it?");

        assertThat(asked).containsExactly("What dataset do they use?", "How large is WMT 2014 English-German dataset?");
        assertThat(second.text()).startsWith("about 4.5 million sentence pairs\n")
                .contains("\"We trained on the WMT 2014 English-German dataset of about 4.5 million sentence pairs.\"")
                .endsWith("(5.1 Training Data, p. 7)");
        assertThat(second.citations()).extracting(e -> e.passage().index()).containsExactly(7);
        assertThat(second.role()).isEqualTo(ChatMessage.Role.ASSISTANT);
        assertThat(second.at()).isEqualTo(CLOCK.instant());
    }

    @Test
    void anAnswerThatIsTheWholeSentenceIsNotQuotedTwice() {
        QuestionAnswerer sentenceAnswerer = (paper, question) -> new Answer("q", paper.id(), question,
                "We trained on the WMT 2014 English-German dataset of about 4.5 million sentence pairs.",
                AnswerKind.EXTRACTIVE, 0.5, List.of(new Evidence(TRAINING, 0.9)), PROVENANCE);
        ChatMessage reply = new LocalChatAgent(sentenceAnswerer, summarizer, CLOCK, PROVENANCE)
                .reply(PAPER, agent.start(PAPER, "s-5"), "What data?");
        assertThat(reply.text()).isEqualTo("We trained on the WMT 2014 English-German dataset of about 4.5 million"
                + " sentence pairs.\n(5.1 Training Data, p. 7)");
    }

    @Test
    void aRequestForASummaryIsAnsweredByTheSummarizer() {
        ChatMessage reply = agent.reply(PAPER, agent.start(PAPER, "s-2"), "Can you summarize the paper?");
        assertThat(reply.text()).isEqualTo("We propose the Transformer.");
        assertThat(reply.citations()).extracting(Evidence::passage).containsExactly(TRAINING);
        assertThat(asked).isEmpty();
    }

    @Test
    void whatThePaperDoesNotSayIsSaidPlainlyWithoutCitations() {
        ChatMessage reply = agent.reply(PAPER, agent.start(PAPER, "s-3"), "What was the weather like?");
        assertThat(reply.text()).startsWith("Unanswerable\n");
        assertThat(reply.citations()).isEmpty();
    }

    @Test
    void theSameTurnGetsTheSameIdAndABlankMessageIsRefused() {
        ChatSession session = agent.start(PAPER, "s-4");
        assertThat(agent.reply(PAPER, session, "What dataset?").outputId())
                .isEqualTo(agent.reply(PAPER, session, "What dataset?").outputId())
                .isNotEqualTo(agent.reply(PAPER, session, "Which dataset?").outputId());
        assertThatThrownBy(() -> agent.reply(PAPER, session, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(session.provenance()).isEqualTo(PROVENANCE);
    }
}
