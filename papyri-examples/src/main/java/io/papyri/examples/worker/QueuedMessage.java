package io.papyri.examples.worker;

import java.util.Objects;

/**
 * A message taken from the queue, invisible to other workers until its visibility timeout ends.
 *
 * @param messageId    the queue's id of the message
 * @param body         the body, a {@link WorkItem} in JSON unless malformed
 * @param receipt      the receipt handle to delete it with
 * @param receiveCount how often it has been received, this time included (1 the first time)
 */
public record QueuedMessage(String messageId, String body, String receipt, int receiveCount) {

    /**
     * @param messageId    the queue's id of the message
     * @param body         the body
     * @param receipt      the receipt handle
     * @param receiveCount how often it has been received
     */
    public QueuedMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(receipt, "receipt");
    }
}
