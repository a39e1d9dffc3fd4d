package io.papyri.examples.cli;

import io.papyri.core.Papyri;
import io.papyri.core.experiment.Experiment;
import io.papyri.core.pipeline.PipelineListener;
import io.papyri.examples.web.WebApp;
import io.papyri.examples.web.WebSettings;
import io.papyri.examples.worker.PaperQueue;
import io.papyri.examples.worker.WorkerSettings;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code papyri serve}: the sample web app on the configured providers (the embedded default unless set). */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = PapyriVersion.class,
        description = {"Serve the web app: search arXiv, read summaries with citations, ask, chat and rate;"
                + " the JSON API is described at /openapi.json and browsable at /docs; metrics at /metrics;"
                + " health at /health/live and /health/ready. Stops on Ctrl-C.",
                "With --queue-url (or PAPYRI_QUEUE_URL), papers not in the store yet are handed to 'papyri worker'"
                        + " processes sharing the store, instead of being read by this one."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on; 0.0.0.0 for every interface. Default: ${DEFAULT-VALUE}.")
    private String host;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8080",
            description = "The port; 0 for any free one. Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An origin allowed to call the API from the browser (repeatable); none by default.")
    private List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--api-key-env", paramLabel = "VARIABLE", defaultValue = "PAPYRI_WEB_API_KEY",
            description = "The environment variable holding the API key writes must carry; when it is unset or"
                    + " empty, no key is asked for. Default: ${DEFAULT-VALUE}.")
    private String apiKeyVariable;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "" + WebSettings.DEFAULT_REQUESTS_PER_MINUTE,
            description = "Costly requests (searches, new papers, answers, chats, ratings) per client and minute."
                    + " Default: ${DEFAULT-VALUE}.")
    private int requestsPerMinute;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + WebSettings.DEFAULT_MAX_BODY_BYTES,
            description = "The largest request body accepted. Default: ${DEFAULT-VALUE}.")
    private long maxBodyBytes;

    @Option(names = "--experiment", paramLabel = "NAME",
            description = "Serve the variants of this experiment (see 'papyri experiments'), each visitor theirs.")
    private String experiment;

    @Mixin
    private WorkQueueOption queue;

    @Override
    public Integer call() throws Exception {
        WebSettings settings;
        try {
            String key = System.getenv(apiKeyVariable);
            settings = new WebSettings(host, port, corsOrigins, key == null ? "" : key.strip(), requestsPerMinute,
                    maxBodyBytes, experiment == null ? "" : experiment.strip());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Optional<Experiment> served = settings.experiment().isEmpty() ? Optional.empty()
                : Optional.of(Experiments.find(spec, settings.experiment()));
        Optional<String> queueUrl = queue.url(System.getProperties(), System.getenv());
        PipelineListener metrics = WebApp.metricsListener();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Papyri papyri = Papyri.builder().listener(metrics).build();
             PaperQueue work = queueUrl.map(url -> (PaperQueue) queue.open(url, WorkerSettings.DEFAULT_VISIBILITY_TIMEOUT))
                     .orElse(null);
             WebApp app = WebApp.start(papyri, settings, served, metrics, Optional.ofNullable(work))) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Papyri serves on http://" + settings.host() + ":" + app.port() + "/ (API docs at /docs);"
                    + queueUrl.map(url -> " new papers go to the workers' queue " + url + ";").orElse("")
                    + " Ctrl-C stops it.");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "papyri-web-stop"));
            stopped.await();
        }
        return ExitCodes.OK;
    }
}
