package io.papyri.api;

/** A paper id that the source or store does not know. */
public class PaperNotFoundException extends PapyriException {

    /** The id or name that was not found. */
    private final String paper;

    /**
     * @param paper   the id or name that was not found
     * @param message what was looked up where, and what to do
     */
    public PaperNotFoundException(String paper, String message) {
        super(message);
        this.paper = paper;
    }

    /** @return the id or name that was not found */
    public String paper() {
        return paper;
    }
}
