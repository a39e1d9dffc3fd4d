package io.papyri.examples.cli;

import io.papyri.core.Papyri;
import io.papyri.examples.worker.PaperWorker;
import io.papyri.examples.worker.SqsPaperQueue;
import io.papyri.examples.worker.WorkerHealth;
import io.papyri.examples.worker.WorkerMetrics;
import io.papyri.examples.worker.WorkerSettings;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code papyri worker}: takes work items (papers to prepare) from an SQS queue and prepares each,
 * until SIGTERM or Ctrl-C, then finishes the papers in hand.
 */
@Command(name = "worker",
        mixinStandardHelpOptions = true,
        versionProvider = PapyriVersion.class,
        description = {"Prepare papers named by work items on an Amazon SQS queue ({\"paper_id\":\"arxiv:1706.03762\"}):"
                + " PDF fetched and kept, paper extracted and cleaned, indexed and summarized. Health at /health/live and"
                + " /health/ready, metrics at /metrics on the health port. Stops on SIGTERM or Ctrl-C after finishing"
                + " the papers in hand.",
                "The region comes from AWS_REGION (or the queue URL), credentials from the AWS SDK's default chain;"
                        + " AWS_ENDPOINT_URL_SQS points the client at an SQS emulator."})
final class WorkerCommand implements Callable<Integer> {

    /** The setting holding the queue URL, also read as the environment variable {@code PAPYRI_QUEUE_URL}. */
    static final String QUEUE_URL_SETTING = "papyri.queue.url";
    private static final Pattern REGION_IN_URL = Pattern.compile("^https://sqs\\.([a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?/");

    @Spec
    private CommandSpec spec;

    @Option(names = "--queue-url", paramLabel = "URL",
            description = "The SQS queue's URL. Default: the setting " + QUEUE_URL_SETTING + " (PAPYRI_QUEUE_URL).")
    private String queueUrl;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "" + WorkerSettings.DEFAULT_CONCURRENCY,
            description = "Papers prepared at once. Default: ${DEFAULT-VALUE}.")
    private int concurrency;

    @Option(names = "--health-host", paramLabel = "ADDRESS", defaultValue = "0.0.0.0",
            description = "The address of the health and metrics server. Default: ${DEFAULT-VALUE}.")
    private String healthHost;

    @Option(names = "--health-port", paramLabel = "PORT", defaultValue = "8081",
            description = "The port of /health/live, /health/ready and /metrics; 0 for any free one. Default: ${DEFAULT-VALUE}.")
    private int healthPort;

    @Option(names = "--visibility-timeout", paramLabel = "SECONDS",
            defaultValue = "" + WorkerSettings.DEFAULT_VISIBILITY_SECONDS,
            description = "How long a taken work item stays hidden from other workers; longer than a paper takes."
                    + " Default: ${DEFAULT-VALUE}.")
    private long visibilitySeconds;

    @Override
    public Integer call() throws Exception {
        String url = queueUrl(queueUrl, System.getProperties(), System.getenv());
        if (healthPort < 0 || healthPort > 65_535) {
            throw usage("--health-port must be from 0 to 65535, not " + healthPort);
        }
        WorkerSettings settings;
        try {
            settings = WorkerSettings.of(concurrency, Duration.ofSeconds(visibilitySeconds));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        Region region = region(url);
        WorkerMetrics metrics = new WorkerMetrics();
        CountDownLatch closed = new CountDownLatch(1);
        try (metrics;
             Papyri papyri = Papyri.builder().listener(metrics).build();
             SqsPaperQueue queue = new SqsPaperQueue(SqsClient.builder().region(region)
                     .httpClientBuilder(UrlConnectionHttpClient.builder()
                             .connectionTimeout(Duration.ofSeconds(5))
                             // over the 20 s long poll
                             .socketTimeout(Duration.ofSeconds(30)))
                     .build(), url, settings.visibilityTimeout());
             PaperWorker worker = new PaperWorker(papyri, queue, settings, metrics);
             WorkerHealth health = WorkerHealth.start(healthHost, healthPort, worker, queue, metrics)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                worker.stop();
                try {
                    // let the main thread close the store before the JVM halts
                    closed.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "papyri-worker-stop"));
            worker.start();
            PrintWriter out = spec.commandLine().getOut();
            out.println("Papyri worker takes papers from " + url + " (" + settings.concurrency() + " at once);"
                    + " health on port " + health.port() + "; SIGTERM or Ctrl-C stops it.");
            out.flush();
            worker.awaitStopped();
        } finally {
            closed.countDown();
        }
        return ExitCodes.OK;
    }

    /**
     * The queue URL: the option, else the setting as a system property, else as an environment variable.
     *
     * @throws CommandLine.ParameterException when none is set, naming what to set
     */
    String queueUrl(String option, Properties properties, Map<String, String> env) {
        String url = firstNonBlank(option, properties.getProperty(QUEUE_URL_SETTING), env.get("PAPYRI_QUEUE_URL"));
        if (url == null) {
            throw usage("No work queue: give --queue-url, or set PAPYRI_QUEUE_URL (the setting " + QUEUE_URL_SETTING
                    + ") to the SQS queue's URL, such as https://sqs.eu-west-1.amazonaws.com/123456789012/papyri-work.");
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
        return url;
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
