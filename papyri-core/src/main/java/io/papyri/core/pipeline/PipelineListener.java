package io.papyri.core.pipeline;

import java.time.Duration;
import java.util.List;

/**
 * Observes stages as they start, finish and fail; logging and metrics are listeners, not code in
 * the stages. Methods are called on the thread that runs the stage and must return quickly;
 * an exception thrown by a listener is logged and otherwise ignored.
 */
public interface PipelineListener {

    /** A listener that does nothing. */
    PipelineListener NONE = new PipelineListener() {
    };

    /**
     * A stage started.
     *
     * @param event the stage run
     */
    default void stageStarted(StageEvent event) {
    }

    /**
     * A stage finished.
     *
     * @param event    the stage run
     * @param duration how long it took
     */
    default void stageFinished(StageEvent event, Duration duration) {
    }

    /**
     * A stage failed.
     *
     * @param event    the stage run
     * @param duration how long it ran before failing
     * @param error    what went wrong
     */
    default void stageFailed(StageEvent event, Duration duration, Throwable error) {
    }

    /**
     * Several listeners as one, called in order.
     *
     * @param listeners the listeners
     * @return a listener that forwards to each
     */
    static PipelineListener composite(List<PipelineListener> listeners) {
        List<PipelineListener> all = List.copyOf(listeners);
        if (all.size() == 1) {
            return all.get(0);
        }
        return new PipelineListener() {
            @Override
            public void stageStarted(StageEvent event) {
                all.forEach(l -> l.stageStarted(event));
            }

            @Override
            public void stageFinished(StageEvent event, Duration duration) {
                all.forEach(l -> l.stageFinished(event, duration));
            }

            @Override
            public void stageFailed(StageEvent event, Duration duration, Throwable error) {
                all.forEach(l -> l.stageFailed(event, duration, error));
            }
        };
    }
}
