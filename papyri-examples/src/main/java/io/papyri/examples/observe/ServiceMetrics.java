package io.papyri.examples.observe;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.papyri.core.pipeline.PipelineListener;
import io.papyri.core.pipeline.StageEvent;

import java.time.Duration;

/**
 * The metrics every Papyri service serves at {@code /metrics} in Prometheus format: JVM memory,
 * GC, threads, class loading and CPU, and, as the {@link PipelineListener} given to the Papyri
 * builder, the time of each pipeline stage by provider and outcome ({@code papyri_stage_seconds};
 * summarize, answer and chat are model inference). Services add their own meters to {@link #registry()}.
 */
public class ServiceMetrics implements PipelineListener, AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    /** Creates the registry with the JVM metrics bound. */
    public ServiceMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
    }

    /** @return the registry to add a service's own meters to */
    protected final MeterRegistry registry() {
        return registry;
    }

    @Override
    public void stageFinished(StageEvent event, Duration duration) {
        stage(event, duration, "success");
    }

    @Override
    public void stageFailed(StageEvent event, Duration duration, Throwable error) {
        stage(event, duration, "failure");
    }

    private void stage(StageEvent event, Duration duration, String outcome) {
        Timer.builder("papyri.stage")
                .description("Papyri pipeline stages (summarize, answer and chat are model inference)")
                .tag("stage", event.stage().label()).tag("provider", event.provider()).tag("outcome", outcome)
                .register(registry).record(duration);
    }

    /** @return the metrics in the Prometheus text format */
    public final String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
