package io.papyri.core.pipeline;

import java.util.Objects;

/**
 * One run of one stage, as a {@link PipelineListener} sees it.
 *
 * @param stage    the stage
 * @param subject  what the stage works on: a paper id, a file, a query
 * @param provider the name of the provider doing the work
 */
public record StageEvent(PipelineStage stage, String subject, String provider) {

    /** Checks that nothing is missing. */
    public StageEvent {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(provider, "provider");
    }
}
