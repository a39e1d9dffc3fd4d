package io.papyri.examples.cli;

import io.papyri.api.ChatMessage;
import io.papyri.api.ChatSession;
import io.papyri.api.Evidence;
import io.papyri.api.Paper;
import io.papyri.api.Provenance;
import io.papyri.api.spi.ChatAgent;
import io.papyri.api.spi.ChatAgentProvider;
import io.papyri.api.spi.ProviderContext;

import java.time.Instant;
import java.util.List;

/**
 * Test chat agent {@code fixture-chat}: replies "Turn N: " and the first sentence of the passage
 * sharing the most words with the message, citing it; N counts the user's turns of the session so
 * far, so a resumed session shows that its history was kept.
 */
public final class OverlapChatAgentProvider implements ChatAgentProvider {

    static final String NAME = "fixture-chat";
    private static final Provenance PROVENANCE = new Provenance(NAME, "overlap-chat-1", "0");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "test fixture: replies with the passage that shares the most words";
    }

    @Override
    public ChatAgent create(ProviderContext context) {
        return new ChatAgent() {
            @Override
            public ChatSession start(Paper paper, String sessionId) {
                return new ChatSession(sessionId, paper.id(), List.of(), PROVENANCE);
            }

            @Override
            public ChatMessage reply(Paper paper, ChatSession session, String message) {
                long turn = session.messages().stream().filter(m -> m.role() == ChatMessage.Role.USER).count() + 1;
                return OverlapRetrieval.best(paper, message)
                        .map(passage -> new ChatMessage("reply-" + turn, ChatMessage.Role.ASSISTANT,
                                "Turn " + turn + ": " + OverlapRetrieval.firstSentence(passage.text()),
                                List.of(new Evidence(passage, 1)), Instant.EPOCH))
                        .orElseGet(() -> new ChatMessage("reply-" + turn, ChatMessage.Role.ASSISTANT,
                                "Turn " + turn + ": the paper does not say.", List.of(), Instant.EPOCH));
            }
        };
    }
}
