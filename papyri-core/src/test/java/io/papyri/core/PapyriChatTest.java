package io.papyri.core;

import io.papyri.api.ChatMessage;
import io.papyri.api.ChatSession;
import io.papyri.api.Evidence;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.Paragraph;
import io.papyri.api.Passage;
import io.papyri.api.Provenance;
import io.papyri.api.Section;
import io.papyri.api.spi.ChatAgent;
import io.papyri.api.spi.ProviderContext;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PapyriChatTest {

    private static final PaperId ID = PaperId.parse("arxiv:1706.03762");
    private static final Paper PAPER = new Paper(ID, "Attention Is All You Need", List.of(), "We propose the Transformer.",
            List.of(new Section("1 Introduction", 1, 1, List.of(new Paragraph("Attention is all you need.", 2)))),
            List.of(), List.of(), Map.of());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    /** Echoes how many messages it has seen, citing the first paragraph. */
    private static final class CountingAgent implements ChatAgent {
        final List<Integer> seen = new ArrayList<>();

        @Override
        public ChatSession start(Paper paper, String sessionId) {
            return new ChatSession(sessionId, paper.id(), List.of(), new Provenance("counting", "none", "0"));
        }

        @Override
        public ChatMessage reply(Paper paper, ChatSession session, String message) {
            seen.add(session.messages().size());
            Passage cited = new Passage(paper.id(), 1, "1 Introduction", 2, "Attention is all you need.");
            return new ChatMessage("reply-" + seen.size(), ChatMessage.Role.ASSISTANT,
                    "You said '" + message + "' after " + session.messages().size() + " messages.",
                    List.of(new Evidence(cited, 0.9)), CLOCK.instant());
        }
    }

    private static Papyri papyri(InMemoryPaperStore store, ChatAgent agent) {
        return Papyri.builder().withoutLogging().clock(CLOCK).store(store).chat(agent).build();
    }

    @Test
    void aChatIsKeptInTheStoreAndResumedWithItsHistory() {
        InMemoryPaperStore store = new InMemoryPaperStore();
        store.put(ID, "paper.json", "{}".getBytes(StandardCharsets.UTF_8));
        CountingAgent agent = new CountingAgent();
        String sessionId;
        try (Papyri papyri = papyri(store, agent)) {
            ChatSession session = papyri.startChat(PAPER);
            sessionId = session.sessionId();
            session = papyri.reply(PAPER, session, "  What is proposed?  ");
            assertThat(session.messages()).extracting(ChatMessage::role)
                    .containsExactly(ChatMessage.Role.USER, ChatMessage.Role.ASSISTANT);
            assertThat(session.messages().get(0).text()).isEqualTo("What is proposed?");
            assertThat(session.messages().get(0).at()).isEqualTo(CLOCK.instant());
        }
        assertThat(store.get(ID, Papyri.CHATS_DIRECTORY + sessionId + ".json")).isPresent();

        try (Papyri papyri = papyri(store, agent)) {
            ChatSession resumed = papyri.chatSession(ID, sessionId).orElseThrow();
            assertThat(resumed.messages()).hasSize(2);
            assertThat(resumed.messages().get(1).citations()).singleElement()
                    .satisfies(e -> assertThat(e.passage().page()).isEqualTo(2));
            ChatSession next = papyri.reply(PAPER, resumed, "And how large is it?");
            assertThat(agent.seen).containsExactly(0, 2);
            assertThat(next.messages()).hasSize(4);
            assertThat(papyri.chatSession(ID, sessionId).orElseThrow().messages()).hasSize(4);
        }
    }

    @Test
    void anUnknownSessionIsEmptyAndABadIdIsRefused() {
        try (Papyri papyri = papyri(new InMemoryPaperStore(), new CountingAgent())) {
            assertThat(papyri.chatSession(ID, "0b7f4c1e-0000-4000-8000-000000000000")).isEmpty();
            assertThatThrownBy(() -> papyri.chatSession(ID, "../paper"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Invalid chat session id");
        }
    }

    @Test
    void aSessionAnswersOnlyForItsOwnPaperAndNeedsAMessage() {
        try (Papyri papyri = papyri(new InMemoryPaperStore(), new CountingAgent())) {
            ChatSession session = papyri.startChat(PAPER);
            Paper other = new Paper(PaperId.parse("arxiv:1810.04805"), "BERT", List.of(), "", List.of(), List.of(),
                    List.of(), Map.of());
            assertThatThrownBy(() -> papyri.reply(other, session, "Hi"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is about arxiv:1706.03762");
            assertThatThrownBy(() -> papyri.reply(PAPER, session, "   "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("empty");
        }
    }

    /** A closeable the providers of one instance share. */
    static final class Model implements AutoCloseable {
        final AtomicInteger closed = new AtomicInteger();

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }

    @Test
    void providersSeeTheInstancesStoreAndShareObjectsThatCloseWithIt() {
        InMemoryPaperStore store = new InMemoryPaperStore();
        AtomicInteger made = new AtomicInteger();
        Model shared;
        try (Papyri papyri = Papyri.builder().withoutLogging().store(store).summarizer("first-paragraph").build()) {
            papyri.summarize(PAPER, io.papyri.api.SummaryStyle.TLDR);
            ProviderContext context = FixtureSummarizerProvider.lastContext;
            assertThat(context.store()).containsSame(store);
            shared = context.shared("model", Model.class, () -> {
                made.incrementAndGet();
                return new Model();
            });
            assertThat(context.shared("model", Model.class, Model::new)).isSameAs(shared);
            assertThat(made).hasValue(1);
            assertThatThrownBy(() -> context.shared("model", OtherModel.class, OtherModel::new))
                    .hasMessageContaining("different types");
            assertThat(shared.closed).hasValue(0);
        }
        assertThat(shared.closed).as("closed with the instance").hasValue(1);
    }

    /** Another closeable type, to collide with {@link Model} under one key. */
    static final class OtherModel implements AutoCloseable {
        @Override
        public void close() {
        }
    }
}
