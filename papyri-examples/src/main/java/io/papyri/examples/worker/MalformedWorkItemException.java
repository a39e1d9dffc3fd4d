package io.papyri.examples.worker;

/** A message body that is not a work item; such a message never succeeds, so the worker deletes it. */
public final class MalformedWorkItemException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong with the body
     */
    public MalformedWorkItemException(String message) {
        super(message);
    }
}
