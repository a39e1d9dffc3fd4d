package io.papyri.api;

/** What a rating judges. */
public enum FeedbackTarget {
    /** A summary. */
    SUMMARY,
    /** An answer to a question. */
    ANSWER,
    /** A whole chat session. */
    CHAT,
    /** One reply within a chat. */
    CHAT_REPLY
}
