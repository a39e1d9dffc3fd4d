package io.papyri.examples.cli;

import io.papyri.api.FeedbackQuery;
import io.papyri.api.FeedbackTarget;
import io.papyri.api.PaperId;
import io.papyri.api.Rating;
import io.papyri.api.RatingAggregate;
import io.papyri.core.Papyri;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code papyri feedback list|stats|export}: reads and exports the ratings kept in the feedback store. */
@Command(name = "feedback",
        mixinStandardHelpOptions = true,
        versionProvider = PapyriVersion.class,
        description = "Read or export the ratings given with 'papyri rate' (kept in feedback.db under papyri.store.dir).",
        subcommands = {FeedbackCommand.ListCommand.class, FeedbackCommand.StatsCommand.class,
                FeedbackExportCommand.class})
final class FeedbackCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return ExitCodes.usage(spec);
    }

    /**
     * A target as the command line writes it: {@code summary}, {@code answer}, {@code chat}, {@code chat-reply}.
     *
     * @param target the target
     * @return its name
     */
    static String targetName(FeedbackTarget target) {
        return target.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The filters both subcommands take. */
    static final class Filters {

        @Option(names = {"-p", "--paper"}, paramLabel = "ID",
                description = "Only ratings of this paper (arxiv:1706.03762, sha256:...).")
        String paper;

        @Option(names = {"-t", "--target"}, paramLabel = "TARGET", converter = TargetName.class,
                completionCandidates = TargetName.class,
                description = "Only ratings of summary, answer, chat or chat-reply outputs.")
        FeedbackTarget target;

        FeedbackQuery query(CommandSpec spec, int limit) {
            PaperId id = null;
            if (paper != null) {
                try {
                    id = PaperId.parse(paper.strip());
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--paper: " + e.getMessage());
                }
            }
            return new FeedbackQuery(id, target, null, null, null, null, 0, limit);
        }
    }

    /** Converts {@code --target} values and lists them for completion. */
    static final class TargetName implements CommandLine.ITypeConverter<FeedbackTarget>, Iterable<String> {

        @Override
        public FeedbackTarget convert(String value) {
            for (FeedbackTarget target : FeedbackTarget.values()) {
                if (targetName(target).equals(value.strip().toLowerCase(Locale.ROOT).replace('_', '-'))) {
                    return target;
                }
            }
            throw new CommandLine.TypeConversionException("Unknown target '" + value
                    + "': use summary, answer, chat or chat-reply.");
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(FeedbackTarget.values()).map(FeedbackCommand::targetName).iterator();
        }
    }

    private static boolean json(CommandSpec spec, String format) {
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> true;
            case "table" -> false;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "Unknown --format '" + format + "': use table or json.");
        };
    }

    /** {@code papyri feedback list}: the ratings, newest first. */
    @Command(name = "list",
            mixinStandardHelpOptions = true,
            versionProvider = PapyriVersion.class,
            description = "List ratings, newest first.")
    static final class ListCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @CommandLine.Mixin
        private Filters filters = new Filters();

        @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "50",
                description = "The most ratings to list. Default: ${DEFAULT-VALUE}.")
        private int limit;

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
                description = "table or json (an array of Rating records). Default: ${DEFAULT-VALUE}.")
        private String format;

        @Override
        public Integer call() {
            boolean json = json(spec, format);
            if (limit < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 1 or more, was "
                        + limit + ".");
            }
            FeedbackQuery query = filters.query(spec, limit);
            List<Rating> ratings;
            try (Papyri papyri = Papyri.builder().build()) {
                ratings = papyri.ratings(query);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.print(JsonOutput.pretty(ratings));
            } else {
                String row = "%-20s  %-5s  %-10s  %-24s  %-24s  %s%n";
                out.printf(row, "AT", "SCORE", "TARGET", "PAPER", "OUTPUT", "COMMENT");
                for (Rating r : ratings) {
                    String at = r.at().toString();
                    out.printf(row, at.substring(0, Math.min(19, at.length())) + "Z", r.score(),
                            targetName(r.target()), r.paperId(), r.outputId(),
                            r.comment().strip().replaceAll("\\s*[\\r\\n]+\\s*", " "));
                }
                out.println(ratings.size() + (ratings.size() == 1 ? " rating" : " ratings"));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code papyri feedback stats}: count, mean and distribution of scores per group. */
    @Command(name = "stats",
            mixinStandardHelpOptions = true,
            versionProvider = PapyriVersion.class,
            description = "Sum ratings up per group: how many, the mean score and how many gave each score.")
    static final class StatsCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @CommandLine.Mixin
        private Filters filters = new Filters();

        @Option(names = {"-b", "--by"}, paramLabel = "GROUP", defaultValue = "target",
                description = "output, paper, target, provider or variant. Default: ${DEFAULT-VALUE}.")
        private String by;

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
                description = "table or json (an array of RatingAggregate records). Default: ${DEFAULT-VALUE}.")
        private String format;

        @Override
        public Integer call() {
            boolean json = json(spec, format);
            RatingAggregate.GroupBy group;
            try {
                group = RatingAggregate.GroupBy.valueOf(by.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Unknown --by '" + by
                        + "': use output, paper, target, provider or variant.");
            }
            FeedbackQuery query = filters.query(spec, 1);
            List<RatingAggregate> aggregates;
            try (Papyri papyri = Papyri.builder().build()) {
                aggregates = papyri.ratingStats(query, group);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.print(JsonOutput.pretty(aggregates));
            } else {
                int width = Math.max(group.name().length(),
                        aggregates.stream().mapToInt(a -> shown(group, a).length()).max().orElse(0));
                String row = "%-" + width + "s  %5s  %4s  %5s %5s %5s %5s %5s%n";
                out.printf(row, group.name(), "COUNT", "MEAN", "1", "2", "3", "4", "5");
                for (RatingAggregate a : aggregates) {
                    Object[] cells = new Object[8];
                    cells[0] = shown(group, a);
                    cells[1] = a.count();
                    cells[2] = String.format(Locale.ROOT, "%.2f", a.mean());
                    for (int score = Rating.MIN_SCORE; score <= Rating.MAX_SCORE; score++) {
                        cells[2 + score] = a.distribution().get(score);
                    }
                    out.printf(row, cells);
                }
                long total = aggregates.stream().mapToLong(RatingAggregate::count).sum();
                out.println(total + (total == 1 ? " rating" : " ratings"));
            }
            out.flush();
            return ExitCodes.OK;
        }

        private static String shown(RatingAggregate.GroupBy group, RatingAggregate a) {
            if (group == RatingAggregate.GroupBy.TARGET) {
                return targetName(FeedbackTarget.valueOf(a.key()));
            }
            return group == RatingAggregate.GroupBy.VARIANT && a.key().isEmpty() ? "(none)" : a.key();
        }
    }
}
