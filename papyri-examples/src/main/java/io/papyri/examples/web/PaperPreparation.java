package io.papyri.examples.web;

import io.papyri.api.PaperId;
import io.papyri.api.SummaryStyle;
import io.papyri.core.Papyri;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * Prepares papers the store has not read yet (download, extract and clean, index and summarize),
 * one job per paper however many pages wait for it, and tells listeners each step as it happens,
 * so a page shows progress instead of freezing.
 */
final class PaperPreparation {

    /** A step of a job: {@code downloading}, {@code extracting}, {@code summarizing}, {@code ready} or {@code failed}. */
    record Step(String name, String message) {
    }

    private final Papyri papyri;
    private final ExecutorService executor;
    private final Map<PaperId, Job> jobs = new ConcurrentHashMap<>();

    PaperPreparation(Papyri papyri, ExecutorService executor) {
        this.papyri = papyri;
        this.executor = executor;
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
