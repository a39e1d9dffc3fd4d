package io.papyri.examples.cli;

import io.papyri.api.Rating;
import io.papyri.api.RatingConflictException;
import io.papyri.core.Papyri;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

/** {@code papyri rate OUTPUT_ID RATING}: rates a summary, answer, chat or chat reply by its output id. */
@Command(name = "rate",
        mixinStandardHelpOptions = true,
        versionProvider = PapyriVersion.class,
        description = {
                "Rate an output from 1 (useless) to 5 (excellent), with an optional comment and tags.",
                "OUTPUT_ID is the 'Output id:' printed by summarize, ask or chat (outputId in their JSON), or a"
                        + " chat's session id for the whole chat. Ratings are kept in feedback.db under"
                        + " papyri.store.dir and survive across runs."})
final class RateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUTPUT_ID", description = "The id of the output to rate.")
    private String outputId;

    @Parameters(index = "1", paramLabel = "RATING", description = "A score from 1 (useless) to 5 (excellent).")
    private int score;

    @Option(names = {"-c", "--comment"}, paramLabel = "TEXT", defaultValue = "",
            description = "A comment, at most " + Rating.MAX_COMMENT_LENGTH + " characters.")
    private String comment;

    @Option(names = {"-t", "--tag"}, paramLabel = "TAG",
            description = "A label such as hallucination or too-long; repeat for more.")
    private List<String> tags = new ArrayList<>();

    @Option(names = {"-k", "--key"}, paramLabel = "KEY",
            description = "An idempotency key: running the same rating again with the same key stores it once."
                    + " Default: a new random key.")
    private String key;

    @Option(names = "--rater", paramLabel = "ID",
            description = "A pseudonymous rater id. Default: the setting papyri.rater (PAPYRI_RATER), else an id"
                    + " made up once and kept in rater-id under papyri.store.dir.")
    private String rater;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            converter = OutputFormat.Name.class, completionCandidates = OutputFormat.Name.class,
            description = "text, or json (the stored Rating record). Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Override
    public Integer call() {
        if (score < Rating.MIN_SCORE || score > Rating.MAX_SCORE) {
            throw new CommandLine.ParameterException(spec.commandLine(), "RATING must be from " + Rating.MIN_SCORE
                    + " to " + Rating.MAX_SCORE + ", was " + score + ".");
        }
        String raterId = rater != null ? rater.strip() : RaterId.resolve(System.getenv());
        String idempotencyKey = key != null ? key.strip() : UUID.randomUUID().toString();
        Rating stored;
        try (Papyri papyri = Papyri.builder().build()) {
            stored = papyri.rate(outputId.strip(), score, comment, tags, raterId, idempotencyKey);
        } catch (RatingConflictException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage()
                    + " Leave out --key to give a new rating.");
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.JSON ? JsonOutput.pretty(stored) : text(stored));
        out.flush();
        return ExitCodes.OK;
    }

    /** The stored rating, one component per line. */
    static String text(Rating rating) {
        StringBuilder text = new StringBuilder();
        text.append("Rated ").append(rating.outputId()).append(' ').append(rating.score()).append('/')
                .append(Rating.MAX_SCORE).append(" (").append(FeedbackCommand.targetName(rating.target()))
                .append(" of ").append(rating.paperId()).append(", by ").append(rating.provenance().provider())
                .append(")\n");
        if (!rating.comment().isEmpty()) {
            text.append("Comment: ").append(rating.comment().strip().replaceAll("\\s*[\\r\\n]+\\s*", " ")).append('\n');
        }
        if (!rating.tags().isEmpty()) {
            text.append("Tags: ").append(String.join(", ", rating.tags())).append('\n');
        }
        if (!rating.variant().isEmpty()) {
            text.append("Variant: ").append(rating.variant()).append('\n');
        }
        text.append("Rater: ").append(rating.raterId()).append('\n');
        text.append("Key: ").append(rating.idempotencyKey()).append('\n');
        text.append("At: ").append(rating.at()).append('\n');
        return text.toString();
    }
}
