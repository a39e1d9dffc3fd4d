package io.papyri.examples.cli;

import io.papyri.core.Papyri;
import io.papyri.examples.worker.PaperWorker;
import io.papyri.examples.worker.SqsPaperQueue;
import io.papyri.examples.worker.WorkerHealth;
import io.papyri.examples.worker.WorkerMetrics;
import io.papyri.examples.worker.WorkerSettings;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkQueueOption queue;

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
        String url = queue.requiredUrl();
        if (healthPort < 0 || healthPort > 65_535) {
            throw usage("--health-port must be from 0 to 65535, not " + healthPort);
        }
        WorkerSettings settings;
        try {
            settings = WorkerSettings.of(concurrency, Duration.ofSeconds(visibilitySeconds));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        WorkerMetrics metrics = new WorkerMetrics();
        CountDownLatch closed = new CountDownLatch(1);
        try (metrics;
             Papyri papyri = Papyri.builder().listener(metrics).build();
             SqsPaperQueue work = queue.open(url, settings.visibilityTimeout());
             PaperWorker worker = new PaperWorker(papyri, work, settings, metrics);
             WorkerHealth health = WorkerHealth.start(healthHost, healthPort, worker, work, metrics)) {
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

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
