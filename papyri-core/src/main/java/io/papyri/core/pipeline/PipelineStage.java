package io.papyri.core.pipeline;

/** The stages a paper goes through, as reported to a {@link PipelineListener}. */
public enum PipelineStage {
    /** Searching a source. */
    SEARCH,
    /** Fetching a PDF from a source. */
    FETCH,
    /** Reading or writing the paper store. */
    STORE,
    /** Reading the text layout of a PDF. */
    EXTRACT,
    /** Turning the layout into a structured paper. */
    CLEAN,
    /** Writing a summary. */
    SUMMARIZE,
    /** Answering a question. */
    ANSWER,
    /** Replying in a chat. */
    CHAT,
    /** Storing or reading ratings. */
    FEEDBACK;

    /** @return the stage's name in lower case, as it appears in logs and metrics */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
