package io.papyri.core.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.papyri.api.FeedbackQuery;
import io.papyri.api.FeedbackTarget;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.Paragraph;
import io.papyri.api.PapyriException;
import io.papyri.api.RatedOutput;
import io.papyri.api.Rating;
import io.papyri.api.Section;
import io.papyri.api.spi.FeedbackStore;
import io.papyri.core.Papyri;
import io.papyri.core.json.ArtifactJson;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Exports ratings, joined to the outputs they judge and the source text of their papers, as a
 * versioned dataset: for retraining ({@link ExportFormat#JSONL}, {@link ExportFormat#BEDROCK}) or for
 * human labelling ({@link ExportFormat#GROUNDTRUTH}).
 *
 * <p>The ratings are read page by page ({@value #PAGE_SIZE} at a time), newest first as the store
 * returns them, up to the time the export starts: ratings given later wait for the next export. A
 * rating whose output the store does not know is skipped and counted. The source text of a paper is
 * its abstract and its sections (heading, then paragraphs) from the stored {@code paper.json},
 * cut to {@value #SOURCE_LIMIT} characters; it is empty when the paper is not stored.
 *
 * <p>Beside the dataset file {@code F}, the export writes the manifest {@code F.manifest.json}: the
 * format, the filters as applied (with the format's defaults), the counts, the SHA-256 of the
 * dataset's bytes, the time, and a version id {@code export-} plus the first 12 hex digits of the
 * hash, so that a model trained on the file can name the exact data. Both files are written to a
 * temporary file first and moved into place, so a reader never sees half a file. The same ratings
 * give the same bytes, hence the same hash and version.
 */
public final class FeedbackExport {

    /** The most characters of source text per line. */
    public static final int SOURCE_LIMIT = 20_000;
    /** The minimum rating of a {@link ExportFormat#BEDROCK} export when none is given. */
    public static final int BEDROCK_DEFAULT_MIN_RATING = 4;
    /** The maximum rating of a {@link ExportFormat#GROUNDTRUTH} export when none is given. */
    public static final int GROUNDTRUTH_DEFAULT_MAX_RATING = 2;
    /** How many ratings are read from the store at a time. */
    public static final int PAGE_SIZE = 500;
    /** The suffix of the manifest's file name, after the dataset's name. */
    public static final String MANIFEST_SUFFIX = ".manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<FeedbackQuery, List<Rating>> ratings;
    private final Function<String, Optional<RatedOutput>> outputs;
    private final Function<PaperId, Optional<Paper>> papers;
    private final Clock clock;

    /**
     * An export over a feedback store.
     *
     * @param store  the ratings and the outputs they judge
     * @param papers the stored paper of an id, or empty when it is not stored
     * @param clock  the time of the export
     */
    public FeedbackExport(FeedbackStore store, Function<PaperId, Optional<Paper>> papers, Clock clock) {
        this(Objects.requireNonNull(store, "store")::find, store::output, papers, clock);
    }

    private FeedbackExport(Function<FeedbackQuery, List<Rating>> ratings, Function<String, Optional<RatedOutput>> outputs,
                           Function<PaperId, Optional<Paper>> papers, Clock clock) {
        this.ratings = ratings;
        this.outputs = outputs;
        this.papers = Objects.requireNonNull(papers, "papers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * An export over a facade's feedback store, with source texts from its paper store.
     *
     * @param papyri the facade; it stays open and owned by the caller
     * @param clock  the time of the export
     * @return the export
     */
    public static FeedbackExport of(Papyri papyri, Clock clock) {
        Objects.requireNonNull(papyri, "papyri");
        return new FeedbackExport(papyri::ratings, papyri::ratedOutput,
                id -> papyri.store().get(id, Papyri.PAPER_ARTIFACT)
                        .map(bytes -> ArtifactJson.read(bytes, Paper.class, id + "/" + Papyri.PAPER_ARTIFACT)),
                clock);
    }

    /**
     * The filter a format applies: {@link ExportFormat#BEDROCK} defaults the minimum rating to
     * {@value #BEDROCK_DEFAULT_MIN_RATING}, {@link ExportFormat#GROUNDTRUTH} the maximum to
     * {@value #GROUNDTRUTH_DEFAULT_MAX_RATING}; given bounds are kept.
     *
     * @param format the format
     * @param filter the filter as given
     * @return the filter with the defaults filled in
     * @throws IllegalArgumentException when a default contradicts a given bound
     */
    public static ExportFilter applied(ExportFormat format, ExportFilter filter) {
        if (format == ExportFormat.BEDROCK && filter.minRating() == null) {
            if (filter.maxRating() != null && filter.maxRating() < BEDROCK_DEFAULT_MIN_RATING) {
                throw new IllegalArgumentException("A bedrock export takes ratings of " + BEDROCK_DEFAULT_MIN_RATING
                        + " or more unless a minimum rating is given, but the maximum rating is " + filter.maxRating()
                        + "; give a minimum rating too.");
            }
            return new ExportFilter(BEDROCK_DEFAULT_MIN_RATING, filter.maxRating(), filter.target(), filter.since());
        }
        if (format == ExportFormat.GROUNDTRUTH && filter.maxRating() == null) {
            if (filter.minRating() != null && filter.minRating() > GROUNDTRUTH_DEFAULT_MAX_RATING) {
                throw new IllegalArgumentException("A groundtruth export takes ratings of "
                        + GROUNDTRUTH_DEFAULT_MAX_RATING + " or less unless a maximum rating is given, but the minimum"
                        + " rating is " + filter.minRating() + "; give a maximum rating too.");
            }
            return new ExportFilter(filter.minRating(), GROUNDTRUTH_DEFAULT_MAX_RATING, filter.target(), filter.since());
        }
        return filter;
    }

    private static List<String> defaultsNote(ExportFormat format, ExportFilter given) {
        if (format == ExportFormat.BEDROCK && given.minRating() == null) {
            return List.of("min_rating defaults to " + BEDROCK_DEFAULT_MIN_RATING
                    + " for bedrock: only well-rated outputs are training targets");
        }
        if (format == ExportFormat.GROUNDTRUTH && given.maxRating() == null) {
            return List.of("max_rating defaults to " + GROUNDTRUTH_DEFAULT_MAX_RATING
                    + " for groundtruth: low-rated outputs go to human labellers");
        }
        return List.of();
    }

    /**
     * Writes the dataset and its manifest.
     *
     * @param format the format
     * @param filter the filter as given; the format's defaults fill its gaps ({@link #applied})
     * @param output the dataset file; its directory must exist; an existing file is replaced
     * @return what was written
     * @throws IllegalArgumentException when a default contradicts a given bound
     * @throws PapyriException when a file cannot be written, or a stored paper cannot be read
     */
    public ExportResult export(ExportFormat format, ExportFilter filter, Path output) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(output, "output");
        ExportFilter applied = applied(format, filter);
        List<String> defaults = defaultsNote(format, filter);
        Instant until = clock.instant();
        Path file = output.toAbsolutePath().normalize();
        Path manifest = file.resolveSibling(file.getFileName() + MANIFEST_SUFFIX);
        Counts counts = new Counts();
        Path temp = null;
        try {
            temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            MessageDigest digest = sha256();
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest);
                 Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                writeLines(format, applied, until, writer, counts);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            long bytes = Files.size(temp);
            moveIntoPlace(temp, file);
            temp = null;
            ExportResult result = new ExportResult(file, manifest, format, applied, defaults, until, counts.seen,
                    counts.exported, counts.unknownOutput, counts.emptyOutput, counts.withoutSource, hash, bytes,
                    "export-" + hash.substring(0, 12), clock.instant());
            writeAtomically(manifest, manifestJson(result));
            return result;
        } catch (IOException e) {
            throw new PapyriException("Could not write the export " + file + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is left behind; the export already failed
                }
            }
        }
    }

    private void writeLines(ExportFormat format, ExportFilter filter, Instant until, Writer writer, Counts counts)
            throws IOException {
        Map<PaperId, String> sources = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (int offset = 0; ; offset += PAGE_SIZE) {
            List<Rating> page = ratings.apply(new FeedbackQuery(null, filter.target(), null, null, filter.since(), until,
                    offset, PAGE_SIZE));
            if (page.isEmpty()) {
                return;
            }
            for (Rating rating : page) {
                if (!filter.matchesScore(rating) || !keys.add(rating.idempotencyKey())) {
                    continue;
                }
                counts.seen++;
                Optional<RatedOutput> found = outputs.apply(rating.outputId());
                if (found.isEmpty()) {
                    counts.unknownOutput++;
                    continue;
                }
                RatedOutput output = found.get();
                if (format != ExportFormat.JSONL && output.text().isBlank()) {
                    counts.emptyOutput++;
                    continue;
                }
                String source = sources.computeIfAbsent(rating.paperId(), this::sourceText);
                if (source.isEmpty()) {
                    counts.withoutSource++;
                }
                writer.write(JSON.writeValueAsString(line(format, rating, output, source)));
                writer.write('\n');
                counts.exported++;
            }
        }
    }

    private String sourceText(PaperId id) {
        return papers.apply(id).map(FeedbackExport::sourceText).orElse("");
    }

    /**
     * The source text of a paper as exported: the abstract, then each section's heading and
     * paragraphs, separated by blank lines, cut to {@value #SOURCE_LIMIT} characters (never within a
     * surrogate pair).
     *
     * @param paper the paper
     * @return the text
     */
    public static String sourceText(Paper paper) {
        List<String> parts = new ArrayList<>();
        if (!paper.abstractText().isBlank()) {
            parts.add(paper.abstractText().strip());
        }
        for (Section section : paper.sections()) {
            if (!section.heading().isBlank()) {
                parts.add(section.heading().strip());
            }
            for (Paragraph paragraph : section.paragraphs()) {
                if (!paragraph.text().isBlank()) {
                    parts.add(paragraph.text().strip());
                }
            }
        }
        String text = String.join("\n\n", parts);
        if (text.length() <= SOURCE_LIMIT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(SOURCE_LIMIT - 1)) ? SOURCE_LIMIT - 1 : SOURCE_LIMIT;
        return text.substring(0, end);
    }

    private static ObjectNode line(ExportFormat format, Rating rating, RatedOutput output, String source) {
        ObjectNode line = JSON.createObjectNode();
        switch (format) {
            case JSONL -> {
                line.put("paper_id", rating.paperId().toString());
                line.put("target", targetName(rating.target()));
                line.put("output_id", rating.outputId());
                line.put("provider", output.provenance().provider());
                line.put("model", output.provenance().model());
                line.put("config_hash", output.provenance().configHash());
                line.put("variant", rating.variant());
                line.put("input", output.input());
                line.put("source", source);
                line.put("output", output.text());
                line.put("rating", rating.score());
                line.put("comment", rating.comment());
                ArrayNode tags = line.putArray("tags");
                rating.tags().forEach(tags::add);
                line.put("rater_id", rating.raterId());
                line.put("rated_at", rating.at().toString());
            }
            case BEDROCK -> {
                line.put("prompt", prompt(output, source));
                line.put("completion", output.text());
            }
            case GROUNDTRUTH -> {
                line.put("source", output.text());
                line.put("output-id", rating.outputId());
                line.put("paper-id", rating.paperId().toString());
                line.put("target", targetName(rating.target()));
                line.put("input", output.input());
                line.put("rating", rating.score());
                line.put("comment", rating.comment());
                line.put("provider", output.provenance().provider());
                line.put("model", output.provenance().model());
            }
            default -> throw new IllegalStateException("unknown format " + format);
        }
        return line;
    }

    /**
     * The prompt of a {@link ExportFormat#BEDROCK} record: an instruction for the output's target
     * (summarize in a style, answer a question, reply to a message), then the paper's source text
     * when it is stored.
     *
     * @param output the rated output
     * @param source the paper's source text, empty when the paper is not stored
     * @return the prompt
     */
    public static String prompt(RatedOutput output, String source) {
        String instruction = switch (output.target()) {
            case SUMMARY -> "Summarize the paper below"
                    + (output.input().isBlank() ? "" : " (style: " + output.input().strip().toLowerCase(Locale.ROOT) + ")")
                    + ".";
            case ANSWER -> "Answer the question about the paper below.\n\nQuestion: " + output.input().strip();
            case CHAT_REPLY -> "Reply to the message about the paper below.\n\nMessage: " + output.input().strip();
            case CHAT -> "Discuss the paper below.";
        };
        return source.isEmpty() ? instruction : instruction + "\n\nPaper:\n" + source;
    }

    private static String targetName(FeedbackTarget target) {
        return target.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static byte[] manifestJson(ExportResult result) throws IOException {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("version", result.version());
        manifest.put("format", result.format().id());
        manifest.put("file", result.file().getFileName().toString());
        manifest.put("sha256", result.sha256());
        manifest.put("bytes", result.bytes());
        manifest.put("created_at", result.createdAt().toString());
        ObjectNode filters = manifest.putObject("filters");
        ExportFilter filter = result.filter();
        putNullable(filters, "min_rating", filter.minRating());
        putNullable(filters, "max_rating", filter.maxRating());
        if (filter.target() == null) {
            filters.putNull("target");
        } else {
            filters.put("target", targetName(filter.target()));
        }
        if (filter.since() == null) {
            filters.putNull("since");
        } else {
            filters.put("since", filter.since().toString());
        }
        filters.put("until", result.until().toString());
        ArrayNode defaults = manifest.putArray("defaults_applied");
        result.defaults().forEach(defaults::add);
        ObjectNode counts = manifest.putObject("counts");
        counts.put("ratings_seen", result.seen());
        counts.put("exported", result.exported());
        counts.put("skipped_unknown_output", result.skippedUnknownOutput());
        counts.put("skipped_empty_output", result.skippedEmptyOutput());
        counts.put("without_source", result.withoutSource());
        manifest.put("source_limit_chars", SOURCE_LIMIT);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
    }

    private static void putNullable(ObjectNode node, String field, Integer value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, content);
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Tallies of one export. */
    private static final class Counts {
        long seen;
        long exported;
        long unknownOutput;
        long emptyOutput;
        long withoutSource;
    }
}
