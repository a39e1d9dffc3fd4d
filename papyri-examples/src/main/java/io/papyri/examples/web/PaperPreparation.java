package io.papyri.examples.web;

import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.SummaryStyle;
import io.papyri.core.Papyri;
import io.papyri.examples.worker.PaperQueue;
import io.papyri.examples.worker.WorkItem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * Prepares papers the store has not read yet (download, extract and clean, index and summarize),
 * one job per paper however many pages wait for it, and tells listeners each step as it happens,
 * so a page shows progress instead of freezing. With a work queue, the paper is handed to the
 * workers ({@code papyri worker}) instead, and the job waits until the shared store has it.
 */
final class PaperPreparation {

    /**
     * A step of a job: {@code downloading}, {@code extracting}, {@code summarizing} (in this process)
     * or {@code queued} (handed to the workers), then {@code ready} or {@code failed}.
     */
    record Step(String name, String message) {
    }

    private final Papyri papyri;
    private final ExecutorService executor;
    private final Optional<PaperQueue> queue;
    private final Duration poll;
    private final Duration patience;
    private final Map<PaperId, Job> jobs = new ConcurrentHashMap<>();

    /**
     * @param papyri   the instance that prepares papers, or reads what the workers prepared
     * @param executor runs the jobs
     * @param queue    the workers' queue, or empty to prepare papers in this process
     * @param poll     with a queue: how often to look whether the store has the paper
     * @param patience with a queue: how long to wait for a worker before saying the paper failed
     */
    PaperPreparation(Papyri papyri, ExecutorService executor, Optional<PaperQueue> queue, Duration poll,
                     Duration patience) {
        this.papyri = papyri;
        this.executor = executor;
        this.queue = queue;
        this.poll = poll;
        this.patience = patience;
    }

    /**
     * Follows the preparation of a paper, starting it unless it runs already. The listener first
     * gets the steps done so far, then each new step; the last one is {@code ready} or {@code failed}.
     *
     * @param id       the paper
     * @param listener called with each step, from the job's thread
     */
    void follow(PaperId id, Consumer<Step> listener) {
        Job job = jobs.computeIfAbsent(id, key -> {
            Job created = new Job();
            executor.execute(() -> run(key, created));
            return created;
        });
        job.add(listener);
    }

    private void run(PaperId id, Job job) {
        try {
            if (queue.isPresent()) {
                handToWorkers(id, job, queue.get());
                return;
            }
            job.step(new Step("downloading", "Getting the PDF"));
            papyri.pdf(id);
            job.step(new Step("extracting", "Reading the text, sections and pages"));
            var paper = papyri.open(id);
            job.step(new Step("summarizing", "Indexing the passages and summarizing"));
            papyri.summarize(paper, SummaryStyle.ABSTRACT);
            job.step(new Step("ready", paper.title()));
        } catch (RuntimeException e) {
            job.step(new Step("failed", WebErrors.detail(e)));
        } finally {
            jobs.remove(id, job);
        }
    }

    private void handToWorkers(PaperId id, Job job, PaperQueue workers) {
        job.step(new Step("queued", "Waiting for a worker to read the paper"));
        workers.send(new WorkItem(id));
        long deadline = System.nanoTime() + patience.toNanos();
        Optional<Paper> paper;
        while ((paper = papyri.stored(id)).isEmpty()) {
            if (System.nanoTime() - deadline > 0) {
                job.step(new Step("failed", "No worker has read the paper within " + patience.toSeconds()
                        + " s; it stays queued, so try again later."));
                return;
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                job.step(new Step("failed", "The server is stopping; try again later."));
                return;
            }
        }
        job.step(new Step("ready", paper.get().title()));
    }

    /** One paper's job: the steps so far and who listens. */
    private static final class Job {
        private final List<Step> steps = new ArrayList<>();
        private final List<Consumer<Step>> listeners = new CopyOnWriteArrayList<>();

        synchronized void add(Consumer<Step> listener) {
            steps.forEach(listener);
            listeners.add(listener);
        }

        synchronized void step(Step step) {
            steps.add(step);
            for (Consumer<Step> listener : listeners) {
                try {
                    listener.accept(step);
                } catch (RuntimeException e) {
                    // a page that went away must not stop the job or the other pages
                    listeners.remove(listener);
                }
            }
        }
    }
}
