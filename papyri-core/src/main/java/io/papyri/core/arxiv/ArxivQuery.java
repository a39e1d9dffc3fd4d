package io.papyri.core.arxiv;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A query in arXiv's search syntax, built from field terms, {@code AND}, {@code OR}, {@code ANDNOT},
 * parentheses and date ranges, or passed through as written.
 *
 * <pre>{@code
 * ArxivQuery q = ArxivQuery.title("attention is all you need")          // ti:"attention is all you need"
 *         .or(ArxivQuery.abstractText("transformer"))
 *         .and(ArxivQuery.category("cs.CL"))
 *         .andNot(ArxivQuery.author("smith"))
 *         .and(ArxivQuery.submittedBetween(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)));
 * // (((ti:"attention is all you need" OR abs:transformer) AND cat:cs.CL) ANDNOT au:smith)
 * //     AND submittedDate:[201701010000 TO 201712312359]
 * }</pre>
 *
 * <p>A value of several words, or with characters outside letters, digits and {@code . _ - * '}, is
 * quoted as a phrase. A combined query is put in parentheses when combined again, so the meaning
 * never depends on operator precedence. Immutable.
 */
public final class ArxivQuery {

    /** The fields of arXiv's search syntax, with their prefixes. */
    public enum Field {
        /** {@code ti:} the title. */
        TITLE("ti"),
        /** {@code au:} an author. */
        AUTHOR("au"),
        /** {@code abs:} the abstract. */
        ABSTRACT("abs"),
        /** {@code co:} the comment. */
        COMMENT("co"),
        /** {@code jr:} the journal reference. */
        JOURNAL_REF("jr"),
        /** {@code cat:} a subject category such as {@code cs.CL}. */
        CATEGORY("cat"),
        /** {@code rn:} the report number. */
        REPORT_NUMBER("rn"),
        /** {@code id:} the arXiv id. */
        ID("id"),
        /** {@code all:} every field above. */
        ALL("all");

        private final String prefix;

        Field(String prefix) {
            this.prefix = prefix;
        }

        /** @return the prefix without its colon, such as {@code ti} */
        public String prefix() {
            return prefix;
        }
    }

    private static final Pattern BARE_VALUE = Pattern.compile("[\\p{L}\\p{N}._*'\\-]+");
    private static final Pattern OPERATOR = Pattern.compile("AND|OR|ANDNOT");
    private static final Pattern WHITESPACE = Pattern.compile("\\p{IsWhite_Space}+");
    // arXiv's date-range format, in GMT
    private static final DateTimeFormatter RANGE_FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(ZoneOffset.UTC);
    private static final LocalDate ARXIV_START = LocalDate.of(1991, 1, 1);

    private final String text;
    private final boolean compound;

    private ArxivQuery(String text, boolean compound) {
        this.text = text;
        this.compound = compound;
    }

    /**
     * A term on one field: {@code ti:transformer}, or {@code ti:"quantum criticality"} for a phrase.
     *
     * @param field the field
     * @param value a word or a phrase; whitespace is collapsed
     * @return the query
     * @throws IllegalArgumentException when the value is blank or contains a double quote, which
     *                                  arXiv's syntax cannot escape
     */
    public static ArxivQuery field(Field field, String value) {
        Objects.requireNonNull(field, "field");
        return new ArxivQuery(field.prefix() + ":" + term(value), false);
    }

    /**
     * @param value a word or phrase
     * @return {@code ti:value}
     */
    public static ArxivQuery title(String value) {
        return field(Field.TITLE, value);
    }

    /**
     * @param value an author name, such as {@code del maestro} or {@code del_maestro}
     * @return {@code au:value}
     */
    public static ArxivQuery author(String value) {
        return field(Field.AUTHOR, value);
    }

    /**
     * @param value a word or phrase
     * @return {@code abs:value}
     */
    public static ArxivQuery abstractText(String value) {
        return field(Field.ABSTRACT, value);
    }

    /**
     * @param value a word or phrase
     * @return {@code co:value}
     */
    public static ArxivQuery comment(String value) {
        return field(Field.COMMENT, value);
    }

    /**
     * @param value a word or phrase
     * @return {@code jr:value}
     */
    public static ArxivQuery journalRef(String value) {
        return field(Field.JOURNAL_REF, value);
    }

    /**
     * @param category a category such as {@code cs.CL} or {@code hep-th}
     * @return {@code cat:category}
     */
    public static ArxivQuery category(String category) {
        return field(Field.CATEGORY, category);
    }

    /**
     * @param value a report number
     * @return {@code rn:value}
     */
    public static ArxivQuery reportNumber(String value) {
        return field(Field.REPORT_NUMBER, value);
    }

    /**
     * @param id an arXiv id
     * @return {@code id:<id>}
     */
    public static ArxivQuery id(ArxivId id) {
        return field(Field.ID, Objects.requireNonNull(id, "id").toString());
    }

    /**
     * @param value a word or phrase
     * @return {@code all:value}
     */
    public static ArxivQuery all(String value) {
        return field(Field.ALL, value);
    }

    /**
     * A query written in arXiv's syntax, passed through unchanged (whitespace collapsed).
     *
     * @param query such as {@code au:del_maestro AND ti:checkerboard}
     * @return the query; parenthesized when combined with another
     * @throws IllegalArgumentException when the query is blank
     */
    public static ArxivQuery raw(String query) {
        String text = collapse(Objects.requireNonNull(query, "query"));
        if (text.isEmpty()) {
            throw new IllegalArgumentException("An arXiv query cannot be blank: write terms such as ti:transformer.");
        }
        return new ArxivQuery(text, text.indexOf(' ') >= 0);
    }

    /**
     * Papers first submitted within a range of days, both included, in GMT as arXiv counts them.
     *
     * @param from the first day, or {@code null} for the start of arXiv
     * @param to   the last day, or {@code null} for no end
     * @return {@code submittedDate:[YYYYMMDD0000 TO YYYYMMDD2359]}
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public static ArxivQuery submittedBetween(LocalDate from, LocalDate to) {
        return dateRange("submittedDate", from, to);
    }

    /**
     * Papers first submitted within a range of instants, both included, to the minute.
     *
     * @param from the first instant
     * @param to   the last instant
     * @return {@code submittedDate:[YYYYMMDDHHMM TO YYYYMMDDHHMM]} in GMT
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public static ArxivQuery submittedBetween(Instant from, Instant to) {
        return instantRange("submittedDate", from, to);
    }

    /**
     * Papers whose latest version appeared within a range of days, both included, in GMT.
     *
     * @param from the first day, or {@code null} for the start of arXiv
     * @param to   the last day, or {@code null} for no end
     * @return {@code lastUpdatedDate:[YYYYMMDD0000 TO YYYYMMDD2359]}
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public static ArxivQuery lastUpdatedBetween(LocalDate from, LocalDate to) {
        return dateRange("lastUpdatedDate", from, to);
    }

    /**
     * Every query must match: {@code a AND b AND c}.
     *
     * @param first the first query
     * @param more  the others
     * @return the conjunction
     */
    public static ArxivQuery allOf(ArxivQuery first, ArxivQuery... more) {
        return join(" AND ", first, more);
    }

    /**
     * Any query may match: {@code a OR b OR c}.
     *
     * @param first the first query
     * @param more  the others
     * @return the disjunction
     */
    public static ArxivQuery anyOf(ArxivQuery first, ArxivQuery... more) {
        return join(" OR ", first, more);
    }

    /**
     * @param other the other query
     * @return {@code (this) AND (other)}
     */
    public ArxivQuery and(ArxivQuery other) {
        return combine("AND", other);
    }

    /**
     * @param other the other query
     * @return {@code (this) OR (other)}
     */
    public ArxivQuery or(ArxivQuery other) {
        return combine("OR", other);
    }

    /**
     * @param other the query to exclude
     * @return {@code (this) ANDNOT (other)}
     */
    public ArxivQuery andNot(ArxivQuery other) {
        return combine("ANDNOT", other);
    }

    /** @return the query in arXiv's syntax, as sent in {@code search_query} before URL encoding */
    public String text() {
        return text;
    }

    /** @return the query URL-encoded for {@code search_query}: spaces as {@code %20}, {@code ( ) " :} escaped */
    public String encoded() {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArxivQuery other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    private ArxivQuery combine(String operator, ArxivQuery other) {
        Objects.requireNonNull(other, "other");
        return new ArxivQuery(grouped() + " " + operator + " " + other.grouped(), true);
    }

    private String grouped() {
        return compound ? "(" + text + ")" : text;
    }

    private static ArxivQuery join(String operator, ArxivQuery first, ArxivQuery... more) {
        List<ArxivQuery> parts = Stream.concat(Stream.of(first), Arrays.stream(more)).map(Objects::requireNonNull).toList();
        if (parts.size() == 1) {
            return first;
        }
        return new ArxivQuery(parts.stream().map(ArxivQuery::grouped).collect(Collectors.joining(operator)), true);
    }

    private static String term(String value) {
        String text = collapse(Objects.requireNonNull(value, "value"));
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A field value cannot be blank.");
        }
        if (text.indexOf('"') >= 0) {
            throw new IllegalArgumentException("arXiv's query syntax cannot escape a double quote in '" + text
                    + "': remove it, or write the whole query with ArxivQuery.raw(...).");
        }
        // a bare operator word would be read as an operator, so it is quoted like a phrase
        return BARE_VALUE.matcher(text).matches() && !OPERATOR.matcher(text).matches() ? text : "\"" + text + "\"";
    }

    private static ArxivQuery dateRange(String field, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The date range is empty: " + from + " is after " + to + ".");
        }
        Instant start = (from != null ? from : ARXIV_START).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to != null ? to.atTime(23, 59).toInstant(ZoneOffset.UTC) : null;
        return range(field, start, end);
    }

    private static ArxivQuery instantRange(String field, Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The date range is empty: " + from + " is after " + to + ".");
        }
        return range(field, from, to);
    }

    private static ArxivQuery range(String field, Instant from, Instant to) {
        // arXiv needs both ends; 9999-12-31 23:59 stands for "no end"
        String end = to != null ? RANGE_FORMAT.format(to) : "999912312359";
        return new ArxivQuery(field + ":[" + RANGE_FORMAT.format(from) + " TO " + end + "]", false);
    }

    private static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
