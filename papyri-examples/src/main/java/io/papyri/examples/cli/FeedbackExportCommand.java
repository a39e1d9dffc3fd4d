package io.papyri.examples.cli;

import io.papyri.api.FeedbackTarget;
import io.papyri.core.Papyri;
import io.papyri.core.feedback.ExportFilter;
import io.papyri.core.feedback.ExportFormat;
import io.papyri.core.feedback.ExportResult;
import io.papyri.core.feedback.FeedbackExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/** {@code papyri feedback export}: writes the ratings as a versioned dataset for retraining or labelling. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = PapyriVersion.class,
        description = {"Export ratings with the outputs they judge and the papers' text as a dataset, and a manifest"
                + " FILE.manifest.json beside it (content hash, filters, counts, time).",
                "jsonl: every field per rating; bedrock: prompt/completion records for Amazon Bedrock fine-tuning"
                        + " (ratings of 4 or more unless --min-rating is given); groundtruth: a SageMaker Ground Truth"
                        + " input manifest for human labelling (ratings of 2 or less unless --max-rating is given)."})
final class FeedbackExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", required = true,
            description = "jsonl, bedrock or groundtruth.")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The dataset file to write (replaced if it exists).")
    private Path output;

    @Option(names = "--min-rating", paramLabel = "N", description = "Only ratings of at least N (1 to 5).")
    private Integer minRating;

    @Option(names = "--max-rating", paramLabel = "N", description = "Only ratings of at most N (1 to 5).")
    private Integer maxRating;

    @Option(names = {"-t", "--target"}, paramLabel = "TARGET", converter = FeedbackCommand.TargetName.class,
            completionCandidates = FeedbackCommand.TargetName.class,
            description = "Only ratings of summary, answer, chat or chat-reply outputs.")
    private FeedbackTarget target;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only ratings given on or after this day (yyyy-mm-dd, UTC) or instant (2026-01-31T12:00:00Z).")
    private String since;

    @Override
    public Integer call() {
        ExportFormat chosen;
        ExportFilter filter;
        try {
            chosen = ExportFormat.parse(format);
            filter = new ExportFilter(minRating, maxRating, target, since == null ? null : instant(since));
            FeedbackExport.applied(chosen, filter);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path file = output.toAbsolutePath().normalize();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExportResult result;
        try (Papyri papyri = Papyri.builder().build()) {
            result = FeedbackExport.of(papyri, Clock.systemUTC()).export(chosen, filter, file);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Exported " + result.exported() + " of " + result.seen()
                + (result.seen() == 1 ? " rating" : " ratings") + " to " + result.file() + " (" + chosen.id() + ")");
        out.println("Skipped: " + result.skippedUnknownOutput() + " with an unknown output, "
                + result.skippedEmptyOutput() + " with an empty output");
        for (String note : result.defaults()) {
            out.println("Default: " + note);
        }
        out.println("Version: " + result.version() + " (sha256 " + result.sha256() + ")");
        out.println("Manifest: " + result.manifest());
        out.flush();
        return ExitCodes.OK;
    }

    private static Instant instant(String text) {
        String value = text.strip();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid --since '" + text
                    + "': use a day (2026-01-31) or an instant (2026-01-31T12:00:00Z).", e);
        }
    }
}
