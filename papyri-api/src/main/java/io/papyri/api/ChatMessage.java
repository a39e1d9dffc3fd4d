package io.papyri.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One turn of a conversation about a paper.
 *
 * @param outputId  an id derived from the message's content (used to rate a reply)
 * @param role      who spoke
 * @param text      what was said
 * @param citations the passages a reply cites; empty for the user's turns
 * @param at        when it was said
 */
public record ChatMessage(String outputId, Role role, String text, List<Evidence> citations, Instant at) {

    /** Who speaks in a conversation. */
    public enum Role {
        /** The person asking. */
        USER,
        /** The agent answering. */
        ASSISTANT
    }

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param outputId an id derived from the message's content (used to rate a reply)
     * @param role who spoke
     * @param text what was said
     * @param citations the passages a reply cites; empty for the user's turns
     * @param at when it was said
     */
    public ChatMessage {
        Objects.requireNonNull(outputId, "outputId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
    }
}
