package io.papyri.api.spi;

import io.papyri.api.ChatMessage;
import io.papyri.api.ChatSession;
import io.papyri.api.Paper;

/** Holds multi-turn conversations about a paper; replies cite passages. */
public interface ChatAgent extends Stage {

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
