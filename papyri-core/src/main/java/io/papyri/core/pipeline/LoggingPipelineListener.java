package io.papyri.core.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Duration;

/**
 * Logs every stage through SLF4J (logger {@code io.papyri.pipeline}) with the subject and stage,
 * also put in the MDC as {@code papyri.subject} and {@code papyri.stage} for structured layouts.
 * Starts and finishes at DEBUG, failures at WARN.
 */
public final class LoggingPipelineListener implements PipelineListener {

    private static final Logger LOG = LoggerFactory.getLogger("io.papyri.pipeline");

    @Override
    public void stageStarted(StageEvent event) {
        if (LOG.isDebugEnabled()) {
            withContext(event, () -> LOG.debug("{} {} started (provider {})",
                    event.stage().label(), event.subject(), event.provider()));
        }
    }

    @Override
    public void stageFinished(StageEvent event, Duration duration) {
        if (LOG.isDebugEnabled()) {
            withContext(event, () -> LOG.debug("{} {} finished in {} ms (provider {})",
                    event.stage().label(), event.subject(), duration.toMillis(), event.provider()));
        }
    }

    @Override
    public void stageFailed(StageEvent event, Duration duration, Throwable error) {
        withContext(event, () -> LOG.warn("{} {} failed after {} ms (provider {}): {}",
                event.stage().label(), event.subject(), duration.toMillis(), event.provider(), error.toString()));
    }

    private static void withContext(StageEvent event, Runnable log) {
        try (MDC.MDCCloseable subject = MDC.putCloseable("papyri.subject", event.subject());
             MDC.MDCCloseable stage = MDC.putCloseable("papyri.stage", event.stage().label())) {
            log.run();
        }
    }
}
