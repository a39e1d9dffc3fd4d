package io.papyri.local.chat;

import io.papyri.api.ChatMessage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a follow-up question into one that stands alone, using the conversation so far:
 * "How large is it?" after "What dataset do they use?" / "The WMT 2014 English-German dataset"
 * becomes "How large is The WMT 2014 English-German dataset?".
 *
 * <p>A message is a follow-up when it leans on something said before: a pronoun that points
 * back ("it", "them", a closing "this"), a pointing determiner ("this model"), or an elliptic
 * opening ("and ...", "what about ...").
 * A short previous answer is put in place of the pronoun; otherwise the previous question's
 * words are added, so retrieval looks in the same part of the paper. Stateless and thread-safe.
 */
public final class FollowUpResolver {

    /** Previous answers longer than this are context, not a name to put in place of a pronoun. */
    static final int MAX_REFERENT_WORDS = 12;

    /** Pronouns that stand for the thing last talked about; "this"/"these" only when no noun follows. */
    private static final Pattern POINTING_PRONOUN = Pattern.compile(
            "\\b(it|its|them)\\b|\\b(this|that|these|those)\\b(?=\\s*[?.!,]|\\s*$)", Pattern.CASE_INSENSITIVE);
    /** "this model", "these results": the conversation says which. */
    private static final Pattern POINTING_DETERMINER =
            Pattern.compile("\\b(this|these|those|such)\\s+\\w+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ELLIPTIC_OPENING = Pattern.compile(
            "^(and|also|what about|how about|what else)\\b.*|^(why|why not|how|how so|really|which one|what for)\\W*$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_A_REFERENT = Set.of("unanswerable", "yes", "no");

    /**
     * Resolves a message against the conversation.
     *
     * @param history the conversation so far, oldest first
     * @param message the user's new message
     * @return the question to answer: the message itself when it stands alone
     */
    public String resolve(List<ChatMessage> history, String message) {
        String question = message.strip();
        Optional<ChatMessage> lastQuestion = last(history, ChatMessage.Role.USER);
        if (lastQuestion.isEmpty() || !isFollowUp(question)) {
            return question;
        }
        Optional<String> referent = last(history, ChatMessage.Role.ASSISTANT).map(FollowUpResolver::answerOf)
                .filter(answer -> !answer.isBlank() && words(answer) <= MAX_REFERENT_WORDS
                        && !NOT_A_REFERENT.contains(answer.toLowerCase(Locale.ROOT).replaceAll("\\W", "")));
        Matcher pronoun = POINTING_PRONOUN.matcher(question);
        if (referent.isPresent() && pronoun.find()) {
            String name = stripEnd(referent.get());
            String word = pronoun.group(1) != null ? pronoun.group(1) : pronoun.group(2);
            String replacement = word.equalsIgnoreCase("its") ? name + "'s" : name;
            return question.substring(0, pronoun.start()) + replacement + question.substring(pronoun.end());
        }
        String context = stripEnd(lastQuestion.get().text());
        return question + " (" + context + (referent.map(r -> "; " + stripEnd(r)).orElse("")) + ")";
    }

    /**
     * Whether a message leans on the conversation.
     *
     * @param question the message
     * @return true for a follow-up
     */
    boolean isFollowUp(String question) {
        return POINTING_PRONOUN.matcher(question).find() || POINTING_DETERMINER.matcher(question).find()
                || ELLIPTIC_OPENING.matcher(question).matches();
    }

    /** The answer of a reply: its first line, which {@link LocalChatAgent} writes as the short answer. */
    static String answerOf(ChatMessage reply) {
        String text = reply.text().strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }

    private static Optional<ChatMessage> last(List<ChatMessage> history, ChatMessage.Role role) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).role() == role) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    private static String stripEnd(String text) {
        return text.strip().replaceAll("[\\s.?!]+$", "");
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }
}
