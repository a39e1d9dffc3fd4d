package io.papyri.local.folder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search query turned into SQLite FTS5 match expressions over a paper's title, abstract and
 * authors.
 *
 * <p>The query is free words and {@code "quoted phrases"}. A word or phrase may be limited to one
 * field with {@code ti:}, {@code abs:} or {@code au:} (as in arXiv's syntax); otherwise it is looked
 * for in the title and the abstract. Punctuation inside a word splits it into a phrase
 * ({@code state-of-the-art} matches the words in that order); the words {@code AND} and {@code OR}
 * are ignored. Nothing of the user's text reaches FTS5 unquoted, so no query can be a syntax error.
 *
 * @param terms the FTS5 expression of each word or phrase
 */
public record FullTextQuery(List<String> terms) {

    private static final Pattern TERM = Pattern.compile("(?:(ti|abs|au):)?(?:\"([^\"]*)\"?|([^\\s\"]+))");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * Checks and copies the terms.
     *
     * @param terms the FTS5 expression of each word or phrase
     */
    public FullTextQuery {
        terms = List.copyOf(terms);
    }

    /**
     * Parses a query.
     *
     * @param query the query as the user wrote it
     * @return the query, or empty when it holds no word at all
     */
    public static Optional<FullTextQuery> parse(String query) {
        List<String> terms = new ArrayList<>();
        Matcher term = TERM.matcher(query);
        while (term.find()) {
            String field = term.group(1);
            String text = term.group(2) != null ? term.group(2) : term.group(3);
            if (field == null && term.group(3) != null && (text.equals("AND") || text.equals("OR"))) {
                continue;
            }
            List<String> words = new ArrayList<>();
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                words.add(word.group().toLowerCase(Locale.ROOT));
            }
            if (!words.isEmpty()) {
                terms.add(columns(field) + " : \"" + String.join(" ", words) + "\"");
            }
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(new FullTextQuery(terms));
    }

    /** @return an expression matching papers that hold every term */
    public String all() {
        return String.join(" AND ", terms);
    }

    /** @return an expression matching papers that hold any term */
    public String any() {
        return String.join(" OR ", terms);
    }

    private static String columns(String field) {
        if (field == null) {
            return "{title abstract}";
        }
        return switch (field) {
            case "ti" -> "title";
            case "abs" -> "abstract";
            default -> "authors";
        };
    }
}
