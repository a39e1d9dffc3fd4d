package io.papyri.examples.worker;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageRequest;
import software.amazon.awssdk.services.sqs.model.GetQueueAttributesRequest;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A {@link PaperQueue} on Amazon SQS (AWS SDK v2). Receives long-poll and set the visibility
 * timeout per receive, so a paper has that long before another worker may take it again.
 */
public final class SqsPaperQueue implements PaperQueue {

    /** The longest long-poll SQS allows. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(20);
    /** The most messages one receive may return. */
    public static final int MAX_MESSAGES = 10;
    private static final Duration DEPTH_TIMEOUT = Duration.ofSeconds(2);

    private final SqsClient sqs;
    private final String queueUrl;
    private final Duration visibilityTimeout;

    /**
     * @param sqs               the client; closed with this queue
     * @param queueUrl          the queue's URL
     * @param visibilityTimeout how long a received message stays hidden from other receivers: longer than
     *                          preparing one paper takes, 1 s to 12 h
     */
    public SqsPaperQueue(SqsClient sqs, String queueUrl, Duration visibilityTimeout) {
        this.sqs = Objects.requireNonNull(sqs, "sqs");
        this.queueUrl = Objects.requireNonNull(queueUrl, "queueUrl");
        this.visibilityTimeout = Objects.requireNonNull(visibilityTimeout, "visibilityTimeout");
        if (visibilityTimeout.toSeconds() < 1 || visibilityTimeout.toSeconds() > 43_200) {
            throw new IllegalArgumentException("The visibility timeout must be from 1 s to 12 h, not "
                    + visibilityTimeout.toSeconds() + " s.");
        }
    }

    /** @return the queue's URL */
    public String queueUrl() {
        return queueUrl;
    }

    @Override
    public void send(WorkItem item) {
        call("send to", () -> sqs.sendMessage(SendMessageRequest.builder().queueUrl(queueUrl)
                .messageBody(item.toJson()).build()));
    }

    @Override
    public List<QueuedMessage> receive(int max, Duration wait) {
        if (max < 1 || max > MAX_MESSAGES) {
            throw new IllegalArgumentException("max must be from 1 to " + MAX_MESSAGES + ", not " + max);
        }
        ReceiveMessageRequest request = ReceiveMessageRequest.builder()
                .queueUrl(queueUrl)
                .maxNumberOfMessages(max)
                .waitTimeSeconds((int) Math.min(MAX_WAIT.toSeconds(), Math.max(0, wait.toSeconds())))
                .visibilityTimeout((int) visibilityTimeout.toSeconds())
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)
                .build();
        return call("receive from", () -> sqs.receiveMessage(request)).messages().stream()
                .map(SqsPaperQueue::queued).toList();
    }

    @Override
    public void delete(String receipt) {
        call("delete from", () -> sqs.deleteMessage(DeleteMessageRequest.builder().queueUrl(queueUrl)
                .receiptHandle(receipt).build()));
    }

    @Override
    public long approximateDepth() {
        String depth = call("read the attributes of", () -> sqs.getQueueAttributes(GetQueueAttributesRequest.builder()
                .queueUrl(queueUrl).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)
                // answers a readiness probe (3 s timeout) in time even when SQS does not
                .overrideConfiguration(o -> o.apiCallTimeout(DEPTH_TIMEOUT)).build()))
                .attributes().get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
        try {
            return depth == null ? 0 : Long.parseLong(depth);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        sqs.close();
    }

    private static QueuedMessage queued(Message message) {
        String count = message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
        int receiveCount;
        try {
            receiveCount = count == null ? 1 : Integer.parseInt(count);
        } catch (NumberFormatException e) {
            receiveCount = 1;
        }
        return new QueuedMessage(message.messageId(), message.body() == null ? "" : message.body(),
                message.receiptHandle(), receiveCount);
    }

    private <T> T call(String what, java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException e) {
            throw new QueueUnavailableException("Could not " + what + " the queue " + queueUrl + ": "
                    + e.getMessage(), e);
        }
    }
}
