package io.papyri.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A conversation about one paper, kept so that it can be resumed.
 *
 * @param sessionId  the session id
 * @param paperId    the paper being discussed
 * @param messages   the turns so far, oldest first
 * @param provenance what produces the replies
 */
public record ChatSession(String sessionId, PaperId paperId, List<ChatMessage> messages, Provenance provenance) {

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param sessionId the session id
     * @param paperId the paper being discussed
     * @param messages the turns so far, oldest first
     * @param provenance what produces the replies
     */
    public ChatSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(provenance, "provenance");
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    }

    /**
     * This session with more turns appended.
     *
     * @param more the new turns
     * @return a new session value; this one is unchanged
     */
    public ChatSession with(ChatMessage... more) {
        List<ChatMessage> all = new ArrayList<>(messages);
        all.addAll(List.of(more));
        return new ChatSession(sessionId, paperId, all, provenance);
    }
}
