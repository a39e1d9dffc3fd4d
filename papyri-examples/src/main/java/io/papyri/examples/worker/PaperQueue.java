package io.papyri.examples.worker;

import java.time.Duration;
import java.util.List;

/**
 * The work queue the worker takes papers from: at-least-once delivery, so a message is deleted only
 * after its paper is prepared, and one not deleted comes back after its visibility timeout.
 */
public interface PaperQueue extends AutoCloseable {

    /**
     * Puts a work item on the queue.
     *
     * @param item the paper to prepare
     * @throws QueueUnavailableException when the queue does not answer
     */
    void send(WorkItem item);

    /**
     * Takes up to {@code max} messages, waiting up to {@code wait} for the first (long polling).
     *
     * @param max  how many at most, 1 to 10
     * @param wait how long to wait when the queue is empty, at most 20 s
     * @return the messages, none when the wait ended empty
     * @throws QueueUnavailableException when the queue does not answer
     */
    List<QueuedMessage> receive(int max, Duration wait);

    /**
     * Deletes a message that is done with (prepared, or one that can never succeed).
     *
     * @param receipt the receipt handle of the message
     * @throws QueueUnavailableException when the queue does not answer
     */
    void delete(String receipt);

    /**
     * The approximate number of messages waiting; it also tells that the queue answers.
     *
     * @return the messages waiting (not counting those being worked on)
     * @throws QueueUnavailableException when the queue does not answer
     */
    long approximateDepth();

    /** Releases the connection to the queue. */
    @Override
    void close();
}
