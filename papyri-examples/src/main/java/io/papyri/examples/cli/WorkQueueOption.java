package io.papyri.examples.cli;

import io.papyri.examples.worker.SqsPaperQueue;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --queue-url URL}: the Amazon SQS queue of work items that {@code papyri worker} takes papers
 * from and {@code papyri serve} hands new papers to. The region comes from {@code AWS_REGION} (or the
 * queue URL), credentials from the AWS SDK's default chain; {@code AWS_ENDPOINT_URL_SQS} points the
 * client at an SQS emulator.
 */
final class WorkQueueOption {

    /** The setting holding the queue URL, also read as the environment variable {@code PAPYRI_QUEUE_URL}. */
    static final String QUEUE_URL_SETTING = "papyri.queue.url";
    private static final Pattern REGION_IN_URL = Pattern.compile("^https://sqs\\.([a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?/");

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--queue-url", paramLabel = "URL",
            description = "The SQS queue of work items. Default: the setting " + QUEUE_URL_SETTING + " (PAPYRI_QUEUE_URL).")
    private String queueUrl;

    /**
     * The queue URL: the option, else the setting as a system property, else as an environment variable.
     *
     * @param properties the system properties
     * @param env        the environment
     * @return the URL, or empty when none is set
     * @throws CommandLine.ParameterException when one is set but is not an http(s) URL
     */
    Optional<String> url(Properties properties, Map<String, String> env) {
        String url = firstNonBlank(queueUrl, properties.getProperty(QUEUE_URL_SETTING), env.get("PAPYRI_QUEUE_URL"));
        if (url == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw usage("The queue URL '" + url + "' is not a URL.");
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            throw usage("The queue URL '" + url + "' is not an http(s) URL such as"
                    + " https://sqs.eu-west-1.amazonaws.com/123456789012/papyri-work.");
        }
        return Optional.of(url);
    }

    /**
     * The queue URL, which must be set.
     *
     * @return the URL
     * @throws CommandLine.ParameterException when none is set, naming what to set
     */
    String requiredUrl() {
        return url(System.getProperties(), System.getenv()).orElseThrow(() -> usage("No work queue: give --queue-url,"
                + " or set PAPYRI_QUEUE_URL (the setting " + QUEUE_URL_SETTING + ") to the SQS queue's URL, such as"
                + " https://sqs.eu-west-1.amazonaws.com/123456789012/papyri-work."));
    }

    /**
     * Connects to the queue.
     *
     * @param url               its URL
     * @param visibilityTimeout how long a taken item stays hidden from other workers
     * @return the queue; the caller closes it
     */
    SqsPaperQueue open(String url, Duration visibilityTimeout) {
        return new SqsPaperQueue(SqsClient.builder().region(region(url))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        // over the 20 s long poll
                        .socketTimeout(Duration.ofSeconds(30)))
                .build(), url, visibilityTimeout);
    }

    private Region region(String url) {
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException e) {
            Matcher matcher = REGION_IN_URL.matcher(url);
            if (matcher.find()) {
                return Region.of(matcher.group(1));
            }
            throw usage("No AWS region: set AWS_REGION, such as eu-west-1.");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
