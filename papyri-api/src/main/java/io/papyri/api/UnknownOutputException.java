package io.papyri.api;

/**
 * A rating names an output id that the feedback store never recorded: it was mistyped, or the
 * output was produced with another store. Rate an id printed by summarize, ask or chat.
 */
public class UnknownOutputException extends PapyriException {

    /** The id that is not known. */
    private final String outputId;

    /**
     * @param outputId the id that is not known
     */
    public UnknownOutputException(String outputId) {
        super("No output '" + String.valueOf(outputId).replaceAll("\\p{Cntrl}", "?") + "' is known to the feedback"
                + " store; rate an id printed by summarize, ask or chat (the 'Output id:' line, or outputId in"
                + " JSON), produced with the same store (papyri.store.dir).");
        this.outputId = outputId;
    }

    /** @return the id that is not known */
    public String outputId() {
        return outputId;
    }
}
