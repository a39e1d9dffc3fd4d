package io.papyri.core;

import io.papyri.api.Answer;
import io.papyri.api.ChatMessage;
import io.papyri.api.ChatSession;
import io.papyri.api.DocumentLimits;
import io.papyri.api.Exposure;
import io.papyri.api.ExposureCount;
import io.papyri.api.ExtractedDocument;
import io.papyri.api.FeedbackQuery;
import io.papyri.api.FeedbackTarget;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.PaperMetadata;
import io.papyri.api.PdfDocument;
import io.papyri.api.PaperRecord;
import io.papyri.api.PapyriException;
import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.RatedOutput;
import io.papyri.api.Rating;
import io.papyri.api.RatingAggregate;
import io.papyri.api.SearchQuery;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;
import io.papyri.api.UnknownOutputException;
import io.papyri.api.spi.ChatAgent;
import io.papyri.api.spi.Cleaner;
import io.papyri.api.spi.FeedbackStore;
import io.papyri.api.spi.PaperSource;
import io.papyri.api.spi.PaperStore;
import io.papyri.api.spi.Provider;
import io.papyri.api.spi.QuestionAnswerer;
import io.papyri.api.spi.Stage;
import io.papyri.api.spi.Summarizer;
import io.papyri.api.spi.TextExtractor;
import io.papyri.core.internal.LayeredSettings;
import io.papyri.core.internal.PaperReference;
import io.papyri.core.internal.PdfFiles;
import io.papyri.core.json.ArtifactJson;
import io.papyri.core.internal.ProviderCatalog;
import io.papyri.core.internal.SettingsContext;
import io.papyri.core.internal.SharedResources;
import io.papyri.core.internal.StageKind;
import io.papyri.core.internal.StageRunner;
import io.papyri.core.internal.StageSlot;
import io.papyri.core.internal.VariantSlots;
import io.papyri.core.experiment.Experiment;
import io.papyri.core.experiment.ExperimentReport;
import io.papyri.core.experiment.Variant;
import io.papyri.core.experiment.VariantAssignment;
import io.papyri.core.experiment.VariantData;
import io.papyri.core.pipeline.LoggingPipelineListener;
import io.papyri.core.pipeline.PipelineListener;
import io.papyri.core.pipeline.PipelineStage;
import io.papyri.core.pipeline.StageEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.function.Supplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The entry point: one immutable, thread-safe object that reads, summarizes, answers and chats
 * about papers with the providers it was built with. Build it once, share it, close it when done.
 *
 * <pre>{@code
 * try (Papyri papyri = Papyri.builder().build()) {
 *     Paper paper = papyri.read(Path.of("attention.pdf"));
 *     System.out.println(paper.title());
 * }
 * }</pre>
 *
 * <p>Each stage's provider is picked by name from, in order: the builder, the system property
 * {@code papyri.<stage>}, the environment variable {@code PAPYRI_<STAGE>}, {@code papyri.properties}
 * on the class path, then the default ({@code pdfbox} for the extractor, {@code arxiv} for the
 * source, {@code local} for the rest). Stages are {@code source}, {@code store}, {@code extractor},
 * {@code cleaner}, {@code summarizer}, {@code answerer}, {@code chat} and {@code feedback}.
 */
public final class Papyri implements AutoCloseable {

    /** Setting for the largest PDF accepted, in bytes. */
    public static final String MAX_PDF_BYTES = "papyri.limits.max-pdf-bytes";
    /** Setting for the most pages accepted. */
    public static final String MAX_PAGES = "papyri.limits.max-pages";
    /** Setting for the time limit on reading one document (seconds or ISO-8601). */
    public static final String TIMEOUT = "papyri.limits.timeout";

    /** The stored PDF's artifact name. */
    public static final String PDF_ARTIFACT = "paper.pdf";
    /** The stored extracted layout's artifact name. */
    public static final String EXTRACTED_ARTIFACT = "extracted.json";
    /** The stored structured paper's artifact name. */
    public static final String PAPER_ARTIFACT = "paper.json";
    /** Where chat sessions are kept among a paper's artifacts. */
    public static final String CHATS_DIRECTORY = "chats/";
    private static final Pattern CHAT_SESSION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    private static final String FILE_SOURCE = "file";
    private static final Logger LOG = LoggerFactory.getLogger(Papyri.class);

    private final Map<StageKind, StageSlot<?>> slots;
    /** Striped locks, so two threads opening one paper read it once, without a lock per paper ever seen. */
    private final Object[] paperLocks = Stream.generate(Object::new).limit(64).toArray();
    private final StageRunner runner;
    private final DocumentLimits limits;
    private final ExecutorService executor;
    private final boolean ownsExecutor;
    private final SharedResources shared;
    private final Clock clock;
    private final boolean recordOutputs;
    private final VariantSlots variantSlots;

    private Papyri(Map<StageKind, StageSlot<?>> slots, StageRunner runner, DocumentLimits limits,
                   ExecutorService executor, boolean ownsExecutor, SharedResources shared, Clock clock,
                   boolean recordOutputs, VariantSlots variantSlots) {
        this.variantSlots = variantSlots;
        this.shared = shared;
        this.clock = clock;
        this.recordOutputs = recordOutputs;
        this.slots = slots;
        this.runner = runner;
        this.limits = limits;
        this.executor = executor;
        this.ownsExecutor = ownsExecutor;
    }

    /** @return a builder with every stage on its default provider */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a PDF file into a structured paper: extract, then clean, within the time limit.
     *
     * @param pdf the file
     * @return the paper; its id is {@code sha256:<digest of the file>}
     * @throws io.papyri.api.PaperNotFoundException   when the file does not exist
     * @throws io.papyri.api.InvalidDocumentException when it is not a readable PDF with text, or is over a limit
     */
    public Paper read(Path pdf) {
        Objects.requireNonNull(pdf, "pdf");
        return read(PdfFiles.read(pdf, limits));
    }

    /**
     * Reads a PDF into a structured paper: extract, then clean, within the time limit.
     *
     * @param pdf the document
     * @return the paper
     * @throws io.papyri.api.InvalidDocumentException when it is not a readable PDF with text, or is over a limit
     */
    public Paper read(PdfDocument pdf) {
        Objects.requireNonNull(pdf, "pdf");
        return runner.within(pdf.origin(), limits.timeout(), () -> clean(extract(pdf)));
    }

    /**
     * Opens a paper by what a user calls it, reading it at most once: {@code arxiv:1810.04805}, a
     * bare arXiv id, any {@code scheme:id} the source knows, or the path of a PDF file. The PDF,
     * its extracted layout and the structured paper are kept in the store; opening the paper again
     * reads them back with no download and no extraction.
     *
     * @param paper the id or file path
     * @return the paper
     * @throws io.papyri.api.PaperNotFoundException   when the text names no file and no known paper
     * @throws io.papyri.api.InvalidDocumentException when the PDF cannot be read as a paper
     * @throws io.papyri.api.SourceUnavailableException when the source does not answer
     */
    public Paper open(String paper) {
        Objects.requireNonNull(paper, "paper");
        PaperReference reference = PaperReference.parse(paper);
        if (reference.isFile()) {
            PdfDocument pdf = PdfFiles.read(reference.file(), limits);
            return keep(pdf.id(), FILE_SOURCE, () -> pdf);
        }
        return keep(reference.id(), slot(StageKind.SOURCE).providerName(), () -> fetch(reference.id()));
    }

    /**
     * Opens a paper by id only, never as a file path: what a server should call with ids it was sent.
     * Like {@link #open(String)}, the paper is read at most once and kept in the store.
     *
     * @param id the paper's id
     * @return the paper
     * @throws io.papyri.api.PaperNotFoundException   when the source knows no such paper
     * @throws io.papyri.api.InvalidDocumentException when its PDF cannot be read as a paper
     * @throws io.papyri.api.SourceUnavailableException when the source does not answer
     */
    public Paper open(PaperId id) {
        Objects.requireNonNull(id, "id");
        return keep(id, slot(StageKind.SOURCE).providerName(), () -> fetch(id));
    }

    /**
     * A paper the store already keeps as a structured paper, read back without any download or
     * extraction.
     *
     * @param id the paper's id
     * @return the paper, or empty when the store has not read it yet (or no store is installed)
     */
    public Optional<Paper> stored(PaperId id) {
        Objects.requireNonNull(id, "id");
        StageSlot<PaperStore> store = slot(StageKind.STORE);
        if (!store.isAvailable()) {
            return Optional.empty();
        }
        return runner.run(event(PipelineStage.STORE, id.toString(), store), () -> store.get().get(id, PAPER_ARTIFACT))
                .map(bytes -> ArtifactJson.read(bytes, Paper.class, id + "/" + PAPER_ARTIFACT));
    }

    /**
     * The id a user means: {@code arxiv:1810.04805}, a bare arXiv id ({@code 1706.03762v5},
     * {@code math/0405482}) or any {@code scheme:id}.
     *
     * @param text what the user typed
     * @return the id
     * @throws io.papyri.api.PaperNotFoundException when the text is not a paper id
     */
    public static PaperId paperId(String text) {
        PaperReference reference = PaperReference.parse(text);
        if (reference.isFile()) {
            throw new io.papyri.api.PaperNotFoundException(text, "'" + text
                    + "' is a file, not a paper id: read it with open(...) or `papyri extract`.");
        }
        return reference.id();
    }

    /**
     * A paper's PDF from the store, or fetched from the source and kept in the store.
     *
     * @param id the paper
     * @return its PDF
     */
    public PdfDocument pdf(PaperId id) {
        Objects.requireNonNull(id, "id");
        StageSlot<PaperStore> store = slot(StageKind.STORE);
        if (!store.isAvailable()) {
            return fetch(id);
        }
        synchronized (lockFor(id)) {
            return storedPdf(store, id).orElseGet(() -> storePdf(store, id, fetch(id),
                    slot(StageKind.SOURCE).providerName()));
        }
    }

    /**
     * The papers the store keeps, most recently updated first.
     *
     * @return their records
     */
    public List<PaperRecord> library() {
        StageSlot<PaperStore> store = slot(StageKind.STORE);
        return runner.run(event(PipelineStage.STORE, "library", store), () -> store.get().records());
    }

    private Paper keep(PaperId id, String sourceName, Supplier<PdfDocument> download) {
        StageSlot<PaperStore> store = slot(StageKind.STORE);
        if (!store.isAvailable()) {
            return read(download.get());
        }
        synchronized (lockFor(id)) {
            Optional<byte[]> cached = runner.run(event(PipelineStage.STORE, id.toString(), store),
                    () -> store.get().get(id, PAPER_ARTIFACT));
            if (cached.isPresent()) {
                try {
                    return ArtifactJson.read(cached.get(), Paper.class, id + "/" + PAPER_ARTIFACT);
                } catch (PapyriException e) {
                    // paper.json is derived from the stored PDF: rebuild it rather than fail
                    LOG.warn("{}; reading the paper again from its PDF", e.getMessage());
                }
            }
            PdfDocument pdf = storedPdf(store, id).orElseGet(() -> storePdf(store, id, download.get(), sourceName));
            // a source may name the PDF by another spelling of the id; the paper keeps the asked one
            PdfDocument named = pdf.id().equals(id) ? pdf : new PdfDocument(id, pdf.content(), pdf.origin());
            Paper paper = runner.within(pdf.origin(), limits.timeout(), () -> {
                ExtractedDocument extracted = extract(named);
                runner.perform(event(PipelineStage.STORE, id.toString(), store),
                        () -> store.get().put(id, EXTRACTED_ARTIFACT, ArtifactJson.write(extracted)));
                return clean(extracted);
            });
            runner.perform(event(PipelineStage.STORE, id.toString(), store), () -> {
                PaperStore target = store.get();
                target.put(id, PAPER_ARTIFACT, ArtifactJson.write(paper));
                PaperRecord known = target.record(id).orElseThrow();
                target.putRecord(new PaperRecord(id, paper.title(), paper.authors(), known.source(),
                        known.pdfSha256(), known.artifacts(), known.created(), known.updated()));
            });
            return paper;
        }
    }

    private Optional<PdfDocument> storedPdf(StageSlot<PaperStore> store, PaperId id) {
        return runner.run(event(PipelineStage.STORE, id.toString(), store),
                () -> store.get().get(id, PDF_ARTIFACT).map(bytes -> new PdfDocument(id, bytes, "store:" + id)));
    }

    private PdfDocument storePdf(StageSlot<PaperStore> store, PaperId id, PdfDocument pdf, String sourceName) {
        return runner.run(event(PipelineStage.STORE, id.toString(), store), () -> {
            PaperStore target = store.get();
            target.put(id, PDF_ARTIFACT, pdf.content());
            PaperRecord known = target.record(id).orElseThrow();
            target.putRecord(new PaperRecord(id, known.title(), known.authors(), sourceName, known.pdfSha256(),
                    known.artifacts(), known.created(), known.updated()));
            return pdf;
        });
    }

    private Object lockFor(PaperId id) {
        return paperLocks[Math.floorMod(id.hashCode(), paperLocks.length)];
    }

    /**
     * Extracts the text layout of a PDF, without interpreting it.
     *
     * @param pdf the document
     * @return its pages and lines
     */
    public ExtractedDocument extract(PdfDocument pdf) {
        StageSlot<TextExtractor> slot = slot(StageKind.EXTRACTOR);
        return runner.run(event(PipelineStage.EXTRACT, pdf.origin(), slot), () -> slot.get().extract(pdf));
    }

    /**
     * Interprets an extracted layout as a paper.
     *
     * @param document the layout
     * @return the paper
     */
    public Paper clean(ExtractedDocument document) {
        StageSlot<Cleaner> slot = slot(StageKind.CLEANER);
        return runner.run(event(PipelineStage.CLEAN, document.id().toString(), slot), () -> slot.get().clean(document));
    }

    /**
     * Searches the configured source.
     *
     * @param query the query
     * @return matching papers, fetched lazily
     */
    public Stream<PaperMetadata> search(SearchQuery query) {
        StageSlot<PaperSource> slot = slot(StageKind.SOURCE);
        return runner.run(event(PipelineStage.SEARCH, query.query(), slot), () -> slot.get().search(query));
    }

    /**
     * Fetches a paper's PDF from the configured source.
     *
     * @param id the paper
     * @return its PDF
     */
    public PdfDocument fetch(PaperId id) {
        StageSlot<PaperSource> slot = slot(StageKind.SOURCE);
        return runner.run(event(PipelineStage.FETCH, id.toString(), slot), () -> slot.get().fetch(id));
    }

    /**
     * Summarizes a paper. When a feedback store is installed, the summary is recorded in it, so
     * that it can be rated by its {@link Summary#outputId()} with {@link #rate(String, int, String, List, String, String)};
     * a failure to record it is logged, and the summary is still returned.
     *
     * @param paper the paper
     * @param style the kind of summary
     * @return the summary
     */
    public Summary summarize(Paper paper, SummaryStyle style) {
        return summarize(slot(StageKind.SUMMARIZER), paper, style);
    }

    Summary summarize(StageSlot<Summarizer> slot, Paper paper, SummaryStyle style) {
        Summary summary = runner.run(event(PipelineStage.SUMMARIZE, paper.id().toString(), slot),
                () -> slot.get().summarize(paper, style));
        recordOutput(() -> new RatedOutput(summary.outputId(), FeedbackTarget.SUMMARY, summary.paperId(),
                summary.provenance(), summary.style().name(), summary.text(), clock.instant()));
        return summary;
    }

    /**
     * Answers a question about a paper. When a feedback store is installed, the answer is recorded
     * in it, so that it can be rated by its {@link Answer#outputId()}; a failure to record it is
     * logged, and the answer is still returned.
     *
     * @param paper    the paper
     * @param question the question
     * @return the answer with its evidence
     */
    public Answer answer(Paper paper, String question) {
        return answer(slot(StageKind.ANSWERER), paper, question);
    }

    Answer answer(StageSlot<QuestionAnswerer> slot, Paper paper, String question) {
        Answer answer = runner.run(event(PipelineStage.ANSWER, paper.id().toString(), slot),
                () -> slot.get().answer(paper, question));
        recordOutput(() -> new RatedOutput(answer.outputId(), FeedbackTarget.ANSWER, answer.paperId(),
                answer.provenance(), answer.question(), answer.text(), clock.instant()));
        return answer;
    }

    /**
     * Opens a chat about a paper. The session is kept in the store (when one is installed) under
     * {@code chats/<session-id>.json}, so it can be resumed later with {@link #chatSession}. When a
     * feedback store is installed, the whole chat is recorded in it as an output whose id is the
     * session id, so that the chat can be rated; a failure to record it is logged.
     *
     * @param paper the paper to discuss
     * @return the new, empty session
     */
    public ChatSession startChat(Paper paper) {
        return startChat(slot(StageKind.CHAT), paper);
    }

    ChatSession startChat(StageSlot<ChatAgent> slot, Paper paper) {
        Objects.requireNonNull(paper, "paper");
        String sessionId = UUID.randomUUID().toString();
        ChatSession session = runner.run(event(PipelineStage.CHAT, paper.id().toString(), slot),
                () -> slot.get().start(paper, sessionId));
        saveChat(session);
        recordOutput(() -> new RatedOutput(session.sessionId(), FeedbackTarget.CHAT, session.paperId(),
                session.provenance(), "", "", clock.instant()));
        return session;
    }

    /**
     * Finds a stored chat session.
     *
     * @param paper     the paper the chat is about
     * @param sessionId the session's id, as given by {@link ChatSession#sessionId()}
     * @return the session with all its messages, or empty when the store has no such session
     */
    public Optional<ChatSession> chatSession(PaperId paper, String sessionId) {
        Objects.requireNonNull(paper, "paper");
        String artifact = chatArtifact(sessionId);
        StageSlot<PaperStore> store = slot(StageKind.STORE);
        if (!store.isAvailable()) {
            return Optional.empty();
        }
        return runner.run(event(PipelineStage.STORE, paper.toString(), store), () -> store.get().get(paper, artifact))
                .map(bytes -> ArtifactJson.read(bytes, ChatSession.class, paper + "/" + artifact));
    }

    /**
     * Replies to the next message of a chat about a paper, and keeps the conversation: the
     * returned session holds the user's message and the reply, and is stored before it is returned.
     * When a feedback store is installed, the reply is recorded in it, so that it can be rated by its
     * {@link ChatMessage#outputId()}; a failure to record it is logged.
     *
     * @param paper   the paper
     * @param session the conversation so far, from {@link #startChat} or {@link #chatSession}
     * @param message the user's message
     * @return the session with the message and its reply appended; the reply is its last message
     */
    public ChatSession reply(Paper paper, ChatSession session, String message) {
        return reply(slot(StageKind.CHAT), paper, session, message);
    }

    ChatSession reply(StageSlot<ChatAgent> slot, Paper paper, ChatSession session, String message) {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(message, "message");
        if (!session.paperId().equals(paper.id())) {
            throw new IllegalArgumentException("Chat session " + session.sessionId() + " is about "
                    + session.paperId() + ", not " + paper.id() + "; open that paper, or start a new chat.");
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("The chat message is empty; ask a question about the paper.");
        }
        ChatMessage asked = new ChatMessage(UUID.randomUUID().toString(), ChatMessage.Role.USER, message.strip(),
                List.of(), clock.instant());
        ChatMessage reply = runner.run(event(PipelineStage.CHAT, paper.id().toString(), slot),
                () -> slot.get().reply(paper, session, message.strip()));
        ChatSession updated = session.with(asked, reply);
        saveChat(updated);
        recordOutput(() -> new RatedOutput(reply.outputId(), FeedbackTarget.CHAT_REPLY, paper.id(),
                updated.provenance(), asked.text(), reply.text(), reply.at()));
        return updated;
    }

    /** Keeps an output in the feedback store, if one is installed; a failure is logged, not thrown. */
    private void recordOutput(Supplier<RatedOutput> output) {
        StageSlot<FeedbackStore> slot = slot(StageKind.FEEDBACK);
        if (!recordOutputs || !slot.isAvailable()) {
            return;
        }
        try {
            RatedOutput recorded = output.get();
            runner.perform(event(PipelineStage.FEEDBACK, recorded.outputId(), slot),
                    () -> slot.get().recordOutput(recorded));
        } catch (RuntimeException e) {
            LOG.warn("The output could not be recorded for rating ({}); it cannot be rated by its id.",
                    e.getMessage());
            LOG.debug("Recording the output for rating failed", e);
        }
    }

    /**
     * Assigns a user or session to a variant of an A/B experiment. What the returned view produces
     * for the experiment's target comes from the variant's provider and settings, and each output it
     * serves is recorded as an exposure of the variant; a rating of that output by the same user
     * then carries the variant ({@link #rate(String, int, String, List, String, String)}).
     *
     * @param experiment the experiment
     * @param unitId     the pseudonymous user or session id; the same id always gets the same variant
     * @return the view serving the unit's variant
     * @throws IllegalArgumentException when the unit id is blank or longer than {@link Rating#MAX_ID_LENGTH}
     */
    public AssignedVariant assign(Experiment experiment, String unitId) {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(unitId, "unitId");
        if (unitId.isBlank() || unitId.length() > Rating.MAX_ID_LENGTH) {
            throw new IllegalArgumentException("Invalid user or session id '" + unitId.replaceAll("\\p{Cntrl}", "?")
                    + "': it is not blank and has at most " + Rating.MAX_ID_LENGTH + " characters.");
        }
        Variant variant = new VariantAssignment(experiment).assign(unitId);
        return new AssignedVariant(this, experiment, variant, unitId);
    }

    /** The stage serving a variant of an experiment on the given stage. */
    <T extends Stage> StageSlot<T> variantSlot(StageKind kind, Variant variant) {
        return variantSlots.slot(kind, variant);
    }

    /** Records that a unit was shown an output of a variant; a failure is logged, not thrown. */
    void recordExposure(Experiment experiment, Variant variant, String unitId, String outputId, PaperId paperId) {
        StageSlot<FeedbackStore> slot = slot(StageKind.FEEDBACK);
        if (!recordOutputs || !slot.isAvailable()) {
            return;
        }
        try {
            Exposure exposure = new Exposure(experiment.name(), variant.name(), unitId, experiment.target(), outputId,
                    paperId, clock.instant());
            runner.perform(event(PipelineStage.FEEDBACK, outputId, slot), () -> slot.get().recordExposure(exposure));
        } catch (RuntimeException e) {
            LOG.warn("The exposure of {} to variant {}/{} could not be recorded ({}); its ratings will not count"
                    + " for the variant.", outputId, experiment.name(), variant.name(), e.getMessage());
            LOG.debug("Recording the exposure failed", e);
        }
    }

    /**
     * How often each variant of an experiment was shown, as recorded by {@link #assign} views.
     *
     * @param experiment the experiment's name
     * @return one count per variant shown at least once, by variant name
     */
    public List<ExposureCount> exposureCounts(String experiment) {
        Objects.requireNonNull(experiment, "experiment");
        StageSlot<FeedbackStore> slot = slot(StageKind.FEEDBACK);
        return runner.run(event(PipelineStage.FEEDBACK, experiment, slot), () -> slot.get().exposureCounts(experiment));
    }

    /**
     * The recorded figures of each variant of an experiment, control first: exposures, and the
     * ratings its exposed users gave (a user's latest rating of an output counts once).
     *
     * @param experiment the experiment
     * @return one entry per variant, ready for {@link ExperimentReport#of}
     */
    public List<VariantData> experimentData(Experiment experiment) {
        Objects.requireNonNull(experiment, "experiment");
        Map<String, Long> shown = new HashMap<>();
        exposureCounts(experiment.name()).forEach(c -> shown.put(c.variant(), c.exposures()));
        List<VariantData> data = new ArrayList<>();
        for (Variant v : experiment.variants()) {
            FeedbackQuery query = new FeedbackQuery(null, experiment.target(), null,
                    Exposure.variantKey(experiment.name(), v.name()), null, null, 0, 1);
            Set<String> counted = new HashSet<>();
            List<Integer> scores = new ArrayList<>();
            for (Rating r : allRatings(query)) {
                // newest first, so the first rating of a rater and output is the latest
                if (counted.add(r.raterId() + "\0" + r.outputId())) {
                    scores.add(r.score());
                }
            }
            // an exposure whose recording failed still counts once its output is rated
            data.add(new VariantData(v.name(), Math.max(shown.getOrDefault(v.name(), 0L), scores.size()), scores));
        }
        return data;
    }

    /**
     * The ratings of one paper's outputs, summed up per kind of output: the paper's rating metadata.
     *
     * @param paper the paper
     * @return one aggregate per rated target ({@code SUMMARY}, {@code ANSWER}, ...); empty when the
     *         paper has no ratings or no feedback store is installed
     */
    public List<RatingAggregate> paperRatings(PaperId paper) {
        Objects.requireNonNull(paper, "paper");
        if (!slot(StageKind.FEEDBACK).isAvailable()) {
            return List.of();
        }
        return ratingStats(new FeedbackQuery(paper, null, null, null, null, null, 0, 1), RatingAggregate.GroupBy.TARGET);
    }

    /** The variant a rater saw an output in, as an {@link Exposure#variantKey()}; empty when none. */
    private String exposedVariant(String outputId, String raterId) {
        StageSlot<FeedbackStore> slot = slot(StageKind.FEEDBACK);
        List<Exposure> exposures = runner.run(event(PipelineStage.FEEDBACK, outputId, slot),
                () -> slot.get().exposures(outputId));
        return exposures.stream().filter(e -> e.unitId().equals(raterId)).map(Exposure::variantKey)
                .findFirst().orElse("");
    }

    private void saveChat(ChatSession session) {
        StageSlot<PaperStore> store = slot(StageKind.STORE);
        if (!store.isAvailable()) {
            return;
        }
        String artifact = chatArtifact(session.sessionId());
        runner.perform(event(PipelineStage.STORE, session.paperId().toString(), store),
                () -> store.get().put(session.paperId(), artifact, ArtifactJson.write(session)));
    }

    private static String chatArtifact(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        if (!CHAT_SESSION_ID.matcher(sessionId).matches()) {
            throw new IllegalArgumentException("Invalid chat session id '" + sessionId.replaceAll("\\p{Cntrl}", "?")
                    + "': use the id a chat was started with (letters, digits and '-').");
        }
        return CHATS_DIRECTORY + sessionId + ".json";
    }

    /**
     * Stores a rating.
     *
     * @param rating the rating
     * @return the stored rating
     */
    public Rating rate(Rating rating) {
        StageSlot<FeedbackStore> slot = slot(StageKind.FEEDBACK);
        return runner.run(event(PipelineStage.FEEDBACK, rating.paperId().toString(), slot),
                () -> slot.get().submit(rating));
    }

    /**
     * Rates an output by its id, as printed by summarize, ask or chat: looks the output up in the
     * feedback store, builds the rating (given now) and stores it. When the rater was shown the output
     * as a variant of an experiment ({@link #assign}), the rating carries that variant's
     * {@link Exposure#variantKey() key}; otherwise it is outside any experiment.
     *
     * @param outputId       the output's id ({@link Summary#outputId()}, {@link Answer#outputId()}, a
     *                       reply's {@link ChatMessage#outputId()}, or a chat's {@link ChatSession#sessionId()})
     * @param score          from {@link Rating#MIN_SCORE} to {@link Rating#MAX_SCORE}
     * @param comment        free text, empty when none
     * @param tags           labels such as {@code hallucination}
     * @param raterId        a pseudonymous user or session id
     * @param idempotencyKey a key for this rating; a retry with the same key is stored once
     * @return the stored rating: the first one stored under the key when this is a retry
     * @throws UnknownOutputException when the store never recorded an output with that id
     * @throws IllegalArgumentException when the rating breaks a limit of {@link Rating}
     * @throws io.papyri.api.RatingConflictException when the key already holds a different rating
     */
    public Rating rate(String outputId, int score, String comment, List<String> tags, String raterId,
                       String idempotencyKey) {
        RatedOutput output = ratedOutput(outputId).orElseThrow(() -> new UnknownOutputException(outputId));
        Rating rating = new Rating(idempotencyKey, output.outputId(), output.target(), output.paperId(),
                output.provenance(), exposedVariant(output.outputId(), raterId), raterId, score, comment, tags,
                clock.instant());
        return rate(rating);
    }

    /**
     * Finds an output recorded for rating.
     *
     * @param outputId the output's id
     * @return the output, or empty when the feedback store never recorded it
     */
    public Optional<RatedOutput> ratedOutput(String outputId) {
        Objects.requireNonNull(outputId, "outputId");
        StageSlot<FeedbackStore> slot = slot(StageKind.FEEDBACK);
        return runner.run(event(PipelineStage.FEEDBACK, outputId, slot), () -> slot.get().output(outputId));
    }

    /**
     * Sums ratings up per group: count, mean and distribution of scores.
     *
     * @param query the filters; paging does not apply
     * @param by    what to group by
     * @return one aggregate per group, by key in ascending order
     */
    public List<RatingAggregate> ratingStats(FeedbackQuery query, RatingAggregate.GroupBy by) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(by, "by");
        StageSlot<FeedbackStore> slot = slot(StageKind.FEEDBACK);
        return runner.run(event(PipelineStage.FEEDBACK, "stats", slot), () -> slot.get().aggregate(query, by));
    }

    /**
     * Reads ratings.
     *
     * @param query filters and paging
     * @return matching ratings
     */
    public List<Rating> ratings(FeedbackQuery query) {
        StageSlot<FeedbackStore> slot = slot(StageKind.FEEDBACK);
        return runner.run(event(PipelineStage.FEEDBACK, "query", slot), () -> slot.get().find(query));
    }

    /**
     * Reads every rating that matches a query's filters, whatever its paging.
     *
     * @param query the filters; its offset and limit do not apply
     * @return all matching ratings
     */
    public List<Rating> allRatings(FeedbackQuery query) {
        StageSlot<FeedbackStore> slot = slot(StageKind.FEEDBACK);
        return runner.run(event(PipelineStage.FEEDBACK, "query", slot), () -> slot.get().findAll(query));
    }

    /**
     * The paper store, for reading and writing artifacts directly.
     *
     * @return the store
     */
    public PaperStore store() {
        return this.<PaperStore>slot(StageKind.STORE).get();
    }

    /** @return the limits every document is read within */
    public DocumentLimits limits() {
        return limits;
    }

    /**
     * The provider chosen for each stage, by setting name ({@code extractor -> pdfbox}); stages
     * whose provider is not installed are marked {@code (not installed)}.
     *
     * @return stage to provider name, in pipeline order
     */
    public Map<String, String> providers() {
        Map<String, String> names = new LinkedHashMap<>();
        slots.forEach((kind, slot) -> names.put(kind.settingKey().substring("papyri.".length()),
                slot.providerName() + (slot.isAvailable() ? "" : " (not installed)")));
        return names;
    }

    /** Releases the models, pools and connections of the stages Papyri created. */
    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (StageSlot<?> slot : slots.values()) {
            try {
                slot.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        try {
            variantSlots.close();
        } catch (RuntimeException e) {
            failures.add(e);
        }
        try {
            shared.close();
        } catch (RuntimeException e) {
            failures.add(e);
        }
        if (ownsExecutor) {
            executor.shutdownNow();
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    @SuppressWarnings("unchecked")
    <T extends Stage> StageSlot<T> slot(StageKind kind) {
        return (StageSlot<T>) slots.get(kind);
    }

    private static StageEvent event(PipelineStage stage, String subject, StageSlot<?> slot) {
        return new StageEvent(stage, subject, slot.providerName());
    }

    /** Builds {@link Papyri} instances. Not thread-safe; the built instance is. */
    public static final class Builder {

        private final Map<StageKind, String> names = new EnumMap<>(StageKind.class);
        private final Map<StageKind, Stage> instances = new EnumMap<>(StageKind.class);
        private final Map<String, String> settings = new LinkedHashMap<>();
        private final List<PipelineListener> listeners = new ArrayList<>();
        private DocumentLimits limits;
        private Clock clock = Clock.systemUTC();
        private ExecutorService executor;
        private ClassLoader classLoader = Papyri.class.getClassLoader();
        private boolean defaultLogging = true;
        private boolean recordOutputs = true;

        private Builder() {
        }

        /** @param name the {@code PaperSource} provider, such as {@code arxiv} or {@code folder} @return this */
        public Builder source(String name) {
            return name(StageKind.SOURCE, name);
        }

        /** @param source a source built in code @return this */
        public Builder source(PaperSource source) {
            return instance(StageKind.SOURCE, source);
        }

        /** @param name the {@code PaperStore} provider @return this */
        public Builder store(String name) {
            return name(StageKind.STORE, name);
        }

        /** @param store a store built in code @return this */
        public Builder store(PaperStore store) {
            return instance(StageKind.STORE, store);
        }

        /** @param name the {@code TextExtractor} provider, such as {@code pdfbox} @return this */
        public Builder extractor(String name) {
            return name(StageKind.EXTRACTOR, name);
        }

        /** @param extractor an extractor built in code @return this */
        public Builder extractor(TextExtractor extractor) {
            return instance(StageKind.EXTRACTOR, extractor);
        }

        /** @param name the {@code Cleaner} provider @return this */
        public Builder cleaner(String name) {
            return name(StageKind.CLEANER, name);
        }

        /** @param cleaner a cleaner built in code @return this */
        public Builder cleaner(Cleaner cleaner) {
            return instance(StageKind.CLEANER, cleaner);
        }

        /** @param name the {@code Summarizer} provider @return this */
        public Builder summarizer(String name) {
            return name(StageKind.SUMMARIZER, name);
        }

        /** @param summarizer a summarizer built in code @return this */
        public Builder summarizer(Summarizer summarizer) {
            return instance(StageKind.SUMMARIZER, summarizer);
        }

        /** @param name the {@code QuestionAnswerer} provider @return this */
        public Builder answerer(String name) {
            return name(StageKind.ANSWERER, name);
        }

        /** @param answerer an answerer built in code @return this */
        public Builder answerer(QuestionAnswerer answerer) {
            return instance(StageKind.ANSWERER, answerer);
        }

        /** @param name the {@code ChatAgent} provider @return this */
        public Builder chat(String name) {
            return name(StageKind.CHAT, name);
        }

        /** @param agent a chat agent built in code @return this */
        public Builder chat(ChatAgent agent) {
            return instance(StageKind.CHAT, agent);
        }

        /** @param name the {@code FeedbackStore} provider @return this */
        public Builder feedback(String name) {
            return name(StageKind.FEEDBACK, name);
        }

        /** @param store a feedback store built in code @return this */
        public Builder feedback(FeedbackStore store) {
            return instance(StageKind.FEEDBACK, store);
        }

        /**
         * Sets a setting for this instance only; it wins over system properties, environment and
         * {@code papyri.properties}.
         *
         * @param key   the key, such as {@code papyri.limits.max-pages}
         * @param value the value
         * @return this
         */
        public Builder setting(String key, String value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (!key.startsWith("papyri.")) {
                throw new IllegalArgumentException("Papyri settings start with 'papyri.', got '" + key + "'.");
            }
            settings.put(key, value);
            return this;
        }

        /**
         * Sets the limits on one document; otherwise they come from the {@code papyri.limits.*}
         * settings, else {@link DocumentLimits#DEFAULT}.
         *
         * @param limits the limits
         * @return this
         */
        public Builder limits(DocumentLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Adds a listener; several may be added and are called in order.
         *
         * @param listener the listener
         * @return this
         */
        public Builder listener(PipelineListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Turns off the default SLF4J logging listener (on by default).
         *
         * @return this
         */
        public Builder withoutLogging() {
            this.defaultLogging = false;
            return this;
        }

        /**
         * Whether summaries, answers, chats and chat replies are recorded in the feedback store as
         * they are produced, so that they can be rated by id (on by default, when a feedback store is
         * installed). Batch work that nobody rates, such as an evaluation, turns it off.
         *
         * @param record whether to record outputs
         * @return this
         */
        public Builder recordOutputs(boolean record) {
            this.recordOutputs = record;
            return this;
        }

        /**
         * The clock for timestamps and durations; tests pass a fixed or stepping clock.
         *
         * @param clock the clock
         * @return this
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Where time-limited document work runs; Papyri does not shut down an executor given here.
         * By default a pool of daemon threads owned by the instance.
         *
         * @param executor the executor
         * @return this
         */
        public Builder executor(ExecutorService executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * The class loader providers and {@code papyri.properties} are found with.
         *
         * @param loader the class loader
         * @return this
         */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * Builds the instance: picks every stage's provider and fails now if a picked provider is
         * not installed or a setting is malformed. Providers create their stages on first use.
         *
         * @return the instance
         * @throws ProviderConfigurationException when a named provider is not installed or a setting is wrong
         */
        public Papyri build() {
            LayeredSettings layered = LayeredSettings.ofProcess(settings, classLoader);
            DocumentLimits effectiveLimits = limits != null ? limits : limitsFrom(layered);
            Map<StageKind, StageSlot<?>> slots = new EnumMap<>(StageKind.class);
            SharedResources shared = new SharedResources();
            SettingsContext context = new SettingsContext(layered, clock, effectiveLimits,
                    () -> storeOf(slots), shared);
            ProviderCatalog catalog = ProviderCatalog.discover(classLoader);

            for (StageKind kind : StageKind.values()) {
                slots.put(kind, resolve(kind, layered, catalog, context));
            }
            List<PipelineListener> all = new ArrayList<>();
            if (defaultLogging) {
                all.add(new LoggingPipelineListener());
            }
            all.addAll(listeners);
            PipelineListener listener = all.isEmpty() ? PipelineListener.NONE : PipelineListener.composite(all);
            boolean ownsExecutor = executor == null;
            ExecutorService pool = ownsExecutor ? Executors.newCachedThreadPool(daemonThreads()) : executor;
            return new Papyri(slots, new StageRunner(listener, clock, pool), effectiveLimits, pool, ownsExecutor,
                    shared, clock, recordOutputs, new VariantSlots(catalog, context));
        }

        @SuppressWarnings("unchecked")
        private static Optional<PaperStore> storeOf(Map<StageKind, StageSlot<?>> slots) {
            StageSlot<PaperStore> store = (StageSlot<PaperStore>) slots.get(StageKind.STORE);
            return store != null && store.isAvailable() ? Optional.of(store.get()) : Optional.empty();
        }

        private StageSlot<?> resolve(StageKind kind, LayeredSettings layered, ProviderCatalog catalog,
                                     SettingsContext context) {
            Stage given = instances.get(kind);
            if (given != null) {
                return StageSlot.of(kind, given);
            }
            String builderName = names.get(kind);
            String name = builderName != null ? builderName : layered.get(kind.settingKey()).orElse(kind.defaultName());
            boolean chosen = builderName != null || layered.get(kind.settingKey()).isPresent();
            Provider<?> provider = catalog.find(kind, name).orElse(null);
            if (provider != null) {
                return StageSlot.provided(kind, provider, context);
            }
            String spi = kind.stage().getSimpleName();
            List<String> available = catalog.names(kind);
            String choices = available.isEmpty() ? "none is installed" : "installed: " + String.join(", ", available);
            if (chosen) {
                String from = builderName != null ? "the builder" : layered.origin(kind.settingKey());
                throw new ProviderConfigurationException("No " + spi + " provider named '" + name + "' (asked for by "
                        + from + "); " + choices + ". Pick one of those, or add the module that provides '"
                        + name + "' to the class path.");
            }
            return StageSlot.unavailable(kind, name, "No " + spi + " provider is installed under the default name '"
                    + name + "' (" + choices + "). Add a module that provides one (papyri-local for the offline"
                    + " providers), set " + kind.settingKey() + " to an installed provider, or pass an instance"
                    + " to Papyri.builder()." + kind.settingKey().substring("papyri.".length()) + "(...).");
        }

        private static DocumentLimits limitsFrom(LayeredSettings settings) {
            SettingsContext probe = new SettingsContext(settings, Clock.systemUTC(), DocumentLimits.DEFAULT);
            long maxBytes = probe.longSetting(MAX_PDF_BYTES, DocumentLimits.DEFAULT.maxBytes());
            long maxPages = probe.longSetting(MAX_PAGES, DocumentLimits.DEFAULT.maxPages());
            Duration timeout = probe.durationSetting(TIMEOUT, DocumentLimits.DEFAULT.timeout());
            try {
                return new DocumentLimits(maxBytes, (int) Math.min(Integer.MAX_VALUE, maxPages), timeout);
            } catch (IllegalArgumentException e) {
                throw new ProviderConfigurationException("Invalid document limits: " + e.getMessage()
                        + ". Check " + MAX_PDF_BYTES + ", " + MAX_PAGES + " and " + TIMEOUT + ".", e);
            }
        }

        private static ThreadFactory daemonThreads() {
            AtomicInteger count = new AtomicInteger();
            return task -> {
                Thread thread = new Thread(task, "papyri-document-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
        }

        private Builder name(StageKind kind, String name) {
            Objects.requireNonNull(name, kind.settingKey());
            if (name.isBlank()) {
                throw new IllegalArgumentException("A provider name cannot be blank (" + kind.settingKey() + ").");
            }
            names.put(kind, name.trim());
            instances.remove(kind);
            return this;
        }

        private Builder instance(StageKind kind, Stage stage) {
            instances.put(kind, Objects.requireNonNull(stage, kind.settingKey()));
            names.remove(kind);
            return this;
        }
    }
}
