package io.papyri.api.spi;

import io.papyri.api.ChatMessage;
import io.papyri.api.ChatSession;
import io.papyri.api.Paper;

/** Holds multi-turn conversations about a paper; replies cite passages. */
public interface ChatAgent extends Stage {

    /**
     * Opens a new, empty conversation about a paper, stamped with this agent's provenance.
     *
     * @param paper     the paper to discuss
     * @param sessionId the new session's id, chosen by the caller
     * @return the empty session
     */
    ChatSession start(Paper paper, String sessionId);

    /**
     * Replies to the user's next message, taking the conversation so far into account.
     *
     * @param paper   the paper under discussion
     * @param session the conversation so far
     * @param message the user's new message
     * @return the reply
     */
    ChatMessage reply(Paper paper, ChatSession session, String message);
}
