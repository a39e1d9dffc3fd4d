package io.papyri.local.qa;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A question as the answerer reads it: its form, the words to search for, and the stems of the
 * words that say what it is about (which some sentence of the paper must mention for an answer).
 *
 * @param text        the question as asked, stripped
 * @param form        the shape of answer it asks for
 * @param searchText  the question without its question words, for BM25
 * @param stems       the stems of all its words but stop words
 * @param focusStems  the stems of the words that say what it is about, without words most questions share
 */
record Question(String text, QuestionForm form, String searchText, Set<String> stems, Set<String> focusStems) {

    private static final Pattern YES_NO = Pattern.compile(
            "^(is|are|was|were|am|do|does|did|can|could|has|have|had|will|would|should|shall|may|might|must)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** "Is it X or Y?" asks to pick one, which is not a yes/no question. */
    private static final Pattern CHOICE = Pattern.compile("\\bor\\b(?!\\s+not\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUANTITY = Pattern.compile(
            "\\bhow (many|much|big|large|long|small|often|fast|high|low)\\b|\\b(what|which) (is|was|are|were) the"
                    + " (size|number|amount|percentage|accuracy|f1|score|performance)\\b|\\bwhat (size|percentage|"
                    + "number)\\b|\\bby how\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MANNER = Pattern.compile("^(how|why)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED = Pattern.compile("^(what|which|who|where|in which|on which|on what|in what)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that say a question is a question and nothing about its topic. */
    private static final Set<String> ASKING = Set.of("what", "which", "who", "whom", "whose", "where", "when", "why",
            "how", "do", "does", "did", "they", "them", "their", "authors", "author", "paper", "papers", "work");
    /** Words too common in questions about papers to tell whether a sentence is about this one. */
    private static final Set<String> GENERIC = Set.of("use", "used", "using", "any", "only", "other", "others", "some",
            "can", "be", "were", "have", "has", "than", "each", "all", "from", "both", "more", "most", "same", "there",
            "new", "possible", "mention", "mentioned", "paper", "work", "author", "authors", "approach", "method",
            "methods", "model", "models", "propose", "proposed", "result", "results", "perform", "performance",
            "data", "dataset", "datasets", "differ", "different", "do", "does", "did", "make", "get", "what",
            "which", "how").stream().map(Terms::stem).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\\-]*");

    /**
     * Checks the values and copies the sets.
     *
     * @param text       the question as asked, stripped
     * @param form       the shape of answer it asks for
     * @param searchText the question without its question words, for BM25
     * @param stems      the stems of all its words but stop words
     * @param focusStems the stems of the words that say what it is about
     */
    Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(searchText, "searchText");
        stems = Set.copyOf(stems);
        focusStems = Set.copyOf(focusStems);
    }

    /**
     * Reads a question.
     *
     * @param asked the question as asked, not blank
     * @return the question read
     */
    static Question read(String asked) {
        String text = asked.strip();
        String plain = text.replaceFirst("^[^\\p{L}\\p{N}]+", "");
        QuestionForm form;
        if (YES_NO.matcher(plain).matches() && !CHOICE.matcher(plain).find()) {
            form = QuestionForm.YES_NO;
        } else if (QUANTITY.matcher(plain).find()) {
            form = QuestionForm.QUANTITY;
        } else if (MANNER.matcher(plain).find()) {
            form = QuestionForm.MANNER;
        } else if (NAMED.matcher(plain).find()) {
            form = QuestionForm.NAMED;
        } else {
            form = QuestionForm.OPEN;
        }
        StringBuilder search = new StringBuilder();
        WORD.matcher(plain).results().map(m -> m.group())
                .filter(w -> !ASKING.contains(w.toLowerCase(Locale.ROOT)))
                .forEach(w -> search.append(search.isEmpty() ? "" : " ").append(w));
        String searchText = search.isEmpty() ? text : search.toString();
        Set<String> focus = new LinkedHashSet<>(Terms.of(searchText));
        focus.removeAll(GENERIC);
        return new Question(text, form, searchText, new LinkedHashSet<>(Terms.of(text)), focus);
    }
}
