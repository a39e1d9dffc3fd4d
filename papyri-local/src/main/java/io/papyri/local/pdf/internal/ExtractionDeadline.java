package io.papyri.local.pdf.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The cooperative time limit of one extraction, checked between pages (and now and then within a
 * long page) against an injected clock. The caller may add a hard timeout on top.
 */
public final class ExtractionDeadline {

    private final Clock clock;
    private final Duration timeout;
    private final Instant deadline;
    private final String origin;
    private int pages;

    /**
     * Starts the clock.
     *
     * @param clock   the clock to read
     * @param timeout how long the extraction may take
     * @param origin  the document, for the error message
     */
    public ExtractionDeadline(Clock clock, Duration timeout, String origin) {
        this.clock = clock;
        this.timeout = timeout;
        this.deadline = clock.instant().plus(timeout);
        this.origin = origin;
    }

    /**
     * @param pages the document's page count, for the error message
     */
    public void pages(int pages) {
        this.pages = pages;
    }

    /**
     * Fails when time is up.
     *
     * @param page the page being read
     * @throws io.papyri.api.InvalidDocumentException with reason {@code TIMED_OUT} when the deadline has passed
     */
    public void check(int page) {
        if (clock.instant().isAfter(deadline)) {
            throw Refusals.timedOut(origin, timeout, page, pages);
        }
    }
}
