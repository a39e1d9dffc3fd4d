package io.papyri.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.papyri.api.PaperMetadata;
import io.papyri.api.SearchQuery;
import io.papyri.core.Papyri;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code papyri search QUERY}: searches the configured source (arXiv by default). */
@Command(name = "search",
        mixinStandardHelpOptions = true,
        versionProvider = PapyriVersion.class,
        description = {
                "Search for papers. QUERY uses arXiv's syntax: words, field prefixes (ti: au: abs: co: jr: cat: rn:"
                        + " id: all:), AND, OR, ANDNOT, parentheses and \"quoted phrases\".",
                "Example: papyri search 'ti:transformer AND cat:cs.CL' --sort submitted --max 20"})
final class SearchCommand implements Callable<Integer> {

    /** Results between progress lines on standard error. */
    private static final int PROGRESS_EVERY = 100;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for.")
    private String query;

    @Option(names = "--max", paramLabel = "N", defaultValue = "10",
            description = "The most results to print (1 to 30000). Default: ${DEFAULT-VALUE}.")
    private int max;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance, submitted or updated (newest first). Default: ${DEFAULT-VALUE}.")
    private String sort;

    @Option(names = "--from", paramLabel = "DATE", description = "Only papers submitted on or after DATE (YYYY-MM-DD).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only papers submitted on or before DATE (YYYY-MM-DD).")
    private LocalDate to;

    @Option(names = "--category", paramLabel = "CAT", description = "Only papers in this category, such as cs.CL.")
    private String category;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (an array of objects). Default: ${DEFAULT-VALUE}.")
    private String format;

    @Override
    public Integer call() {
        boolean json = switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> true;
            case "table" -> false;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Unknown --format '" + format + "': use table or json.");
        };
        if (max < 1 || max > 30_000) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max must be between 1 and 30000 (arXiv's limit), was " + max + ".");
        }
        if (category != null && !category.matches("[A-Za-z-]+(\\.[A-Za-z-]+)?")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--category '" + category + "' is not a category such as cs.CL or math.");
        }
        String fullQuery = category == null ? query : "(" + query + ") AND cat:" + category;
        SearchQuery search;
        try {
            search = new SearchQuery(fullQuery, max, sortOrder(), true, from, to);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<PaperMetadata> results = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        try (Papyri papyri = Papyri.builder().build(); Stream<PaperMetadata> found = papyri.search(search)) {
            Iterator<PaperMetadata> each = found.iterator();
            while (each.hasNext()) {
                results.add(each.next());
                if (results.size() % PROGRESS_EVERY == 0 && max > PROGRESS_EVERY) {
                    err.println("papyri: " + results.size() + " of at most " + max + " results…");
                    err.flush();
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(results) : table(results));
        out.flush();
        return ExitCodes.OK;
    }

    private SearchQuery.SortOrder sortOrder() {
        return switch (sort.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchQuery.SortOrder.RELEVANCE;
            case "submitted" -> SearchQuery.SortOrder.SUBMITTED;
            case "updated" -> SearchQuery.SortOrder.UPDATED;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Unknown --sort '" + sort + "': use relevance, submitted or updated.");
        };
    }

    /**
     * The results as a JSON array: {@code id} (with version), {@code title}, {@code authors},
     * {@code abstract}, {@code published}, {@code updated}, {@code categories}, {@code pdf_url}.
     */
    static String json(List<PaperMetadata> results) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (PaperMetadata paper : results) {
            ObjectNode node = array.addObject();
            node.put("id", paper.id().local());
            node.put("title", paper.title());
            paper.authors().forEach(node.putArray("authors")::add);
            node.put("abstract", paper.abstractText());
            node.put("published", paper.publishedAt().map(Object::toString).orElse(null));
            node.put("updated", paper.updated() == null ? null : paper.updated().toString());
            paper.categories().forEach(node.putArray("categories")::add);
            node.put("pdf_url", paper.pdfLink().map(Object::toString).orElse(null));
        }
        try {
            return mapper.writeValueAsString(array) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** The results as a fixed-width table: id, date, first author, title. */
    static String table(List<PaperMetadata> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-20s %-10s %-22s %s%n", "ID", "PUBLISHED", "FIRST AUTHOR", "TITLE"));
        for (PaperMetadata paper : results) {
            String date = paper.publishedAt().map(p -> p.atOffset(ZoneOffset.UTC).toLocalDate().toString()).orElse("");
            String author = paper.authors().isEmpty() ? "" : paper.authors().get(0)
                    + (paper.authors().size() > 1 ? " et al." : "");
            out.append(String.format("%-20s %-10s %-22s %s%n", paper.id().local(), date, cut(author, 22),
                    cut(paper.title(), 100)));
        }
        out.append(results.size()).append(results.size() == 1 ? " result" : " results").append(System.lineSeparator());
        return out.toString();
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
