package io.papyri.examples.worker;

import org.apache.pekko.http.scaladsl.Http;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** ElasticMQ in this JVM on 127.0.0.1 (dynamic port), and SQS clients for it. */
final class SqsEmulator implements AutoCloseable {

    private final SQSRestServer server;
    private final URI endpoint;

    private SqsEmulator(SQSRestServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    static SqsEmulator start() {
        SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
        Http.ServerBinding binding = server.waitUntilStarted();
        return new SqsEmulator(server, URI.create("http://127.0.0.1:" + binding.localAddress().getPort()));
    }

    /** A client as production builds one, with the region, dummy keys and the emulator's endpoint set. */
    SqsClient client() {
        return SqsClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .endpointOverride(endpoint)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2)).socketTimeout(Duration.ofSeconds(30)))
                .build();
    }

    /** Creates a new queue with a unique name and returns its URL. */
    String createQueue() {
        try (SqsClient sqs = client()) {
            return sqs.createQueue(b -> b.queueName("papyri-work-" + UUID.randomUUID())).queueUrl();
        }
    }

    /** Messages on the queue: visible plus in flight (received, not deleted). */
    long messages(String queueUrl) {
        try (SqsClient sqs = client()) {
            Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl)
                    .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
            return Long.parseLong(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                    + Long.parseLong(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
        }
    }

    /** Sends a raw body, well-formed or not. */
    void sendRaw(String queueUrl, String body) {
        try (SqsClient sqs = client()) {
            sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(body));
        }
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}
