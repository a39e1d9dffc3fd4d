package io.papyri.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.papyri.api.FeedbackTarget;
import io.papyri.api.PaperId;
import io.papyri.api.PaperRecord;
import io.papyri.api.RatingAggregate;
import io.papyri.core.Papyri;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code papyri library}: lists the papers the store keeps. */
@Command(name = "library",
        mixinStandardHelpOptions = true,
        versionProvider = PapyriVersion.class,
        description = "List the papers kept in the store, most recently updated first.")
final class LibraryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Override
    public Integer call() throws Exception {
        boolean json = switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> true;
            case "table" -> false;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "Unknown --format '" + format + "': use table or json.");
        };
        List<PaperRecord> records;
        Map<PaperId, List<RatingAggregate>> ratings = new HashMap<>();
        try (Papyri papyri = Papyri.builder().build()) {
            records = papyri.library();
            for (PaperRecord record : records) {
                ratings.put(record.id(), papyri.paperRatings(record.id()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = mapper.createArrayNode();
            for (PaperRecord record : records) {
                ObjectNode node = array.addObject();
                node.put("id", record.id().toString());
                node.put("title", record.title());
                record.authors().forEach(node.putArray("authors")::add);
                node.put("source", record.source());
                node.put("pdf_sha256", record.pdfSha256());
                ObjectNode artifacts = node.putObject("artifacts");
                record.artifacts().forEach(artifacts::put);
                node.put("created", record.created().toString());
                node.put("updated", record.updated().toString());
                ObjectNode rated = node.putObject("ratings");
                for (RatingAggregate aggregate : ratings.get(record.id())) {
                    ObjectNode target = rated.putObject(FeedbackCommand.targetName(FeedbackTarget.valueOf(aggregate.key())));
                    target.put("count", aggregate.count());
                    target.put("mean", aggregate.mean());
                    ObjectNode distribution = target.putObject("distribution");
                    aggregate.distribution().forEach((score, n) -> distribution.put(String.valueOf(score), n));
                }
            }
            out.println(mapper.writeValueAsString(array));
        } else {
            int idWidth = records.stream().mapToInt(r -> r.id().toString().length()).max().orElse(2);
            String row = "%-" + idWidth + "s  %-7s  %-19s  %-12s  %s%n";
            out.printf(row, "ID", "SOURCE", "UPDATED", "RATINGS", "TITLE");
            for (PaperRecord record : records) {
                String updated = record.updated().truncatedTo(ChronoUnit.SECONDS).toString();
                out.printf(row, record.id(), record.source(), updated.substring(0, Math.min(19, updated.length())),
                        ratingsCell(ratings.get(record.id())), record.title().isEmpty() ? "(not read yet)" : record.title());
            }
            out.println(records.size() + (records.size() == 1 ? " paper" : " papers"));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** All of a paper's ratings as {@code count x mean}, or {@code -} when it has none. */
    private static String ratingsCell(List<RatingAggregate> aggregates) {
        long count = aggregates.stream().mapToLong(RatingAggregate::count).sum();
        if (count == 0) {
            return "-";
        }
        double total = aggregates.stream().mapToDouble(a -> a.mean() * a.count()).sum();
        return String.format(Locale.ROOT, "%d x %.2f", count, total / count);
    }
}
