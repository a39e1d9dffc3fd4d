package io.papyri.local.chat;

import io.papyri.core.ContentDigest;
import io.papyri.api.Answer;
import io.papyri.api.AnswerKind;
import io.papyri.api.ChatMessage;
import io.papyri.api.ChatSession;
import io.papyri.api.Evidence;
import io.papyri.api.Paper;
import io.papyri.api.Provenance;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;
import io.papyri.api.spi.ChatAgent;
import io.papyri.api.spi.QuestionAnswerer;
import io.papyri.api.spi.Summarizer;
import io.papyri.core.index.RuleSentenceSplitter;
import io.papyri.core.index.SentenceSplitter;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Chats about a paper with no model server: each message is resolved against the conversation
 * ({@link FollowUpResolver}), then answered by the local question answerer, or, when it asks
 * what the paper is about, by the local summarizer.
 *
 * <p>A reply's first line is the short answer; the next lines quote the sentence that supports
 * it with its section and page; the cited passages travel in {@link ChatMessage#citations()}.
 * Thread-safe when its answerer and summarizer are.
 */
public final class LocalChatAgent implements ChatAgent {

    private static final Pattern ASKS_FOR_SUMMARY = Pattern.compile(
            "\\b(summar\\w*|tl;?dr|overview|gist|in a nutshell|main (idea|contribution|point|finding)s?"
                    + "|what is (this|the) paper about|what('s| is) it about|what does (this|the) paper (do|propose|show))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKS_FOR_SHORT = Pattern.compile("\\b(tl;?dr|one sentence|briefly|short)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> QUESTION_WORDS = Set.of("what", "which", "who", "whom", "how", "why", "when",
            "where", "do", "does", "did", "is", "are", "was", "were", "the", "a", "an", "of", "in", "on", "for", "to",
            "they", "their", "it", "its", "this", "that", "these", "those", "and", "or", "with", "by", "use", "used");

    private final QuestionAnswerer answerer;
    private final Summarizer summarizer;
    private final Clock clock;
    private final Provenance provenance;
    private final FollowUpResolver resolver = new FollowUpResolver();
    private final SentenceSplitter splitter = new RuleSentenceSplitter();

    /**
     * Creates an agent.
     *
     * @param answerer   answers the resolved questions
     * @param summarizer answers requests for a summary
     * @param clock      stamps the replies
     * @param provenance names this agent's configuration on every session
     */
    public LocalChatAgent(QuestionAnswerer answerer, Summarizer summarizer, Clock clock, Provenance provenance) {
        this.answerer = Objects.requireNonNull(answerer, "answerer");
        this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    @Override
    public ChatSession start(Paper paper, String sessionId) {
        return new ChatSession(sessionId, paper.id(), List.of(), provenance);
    }

    @Override
    public ChatMessage reply(Paper paper, ChatSession session, String message) {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(session, "session");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("The chat message is empty; ask a question about the paper.");
        }
        String id = messageId(session, message);
        if (ASKS_FOR_SUMMARY.matcher(message).find()) {
            SummaryStyle style = ASKS_FOR_SHORT.matcher(message).find() ? SummaryStyle.TLDR : SummaryStyle.ABSTRACT;
            Summary summary = summarizer.summarize(paper, style);
            List<Evidence> cited = summary.sentences().stream().map(Summary.Sentence::source).distinct()
                    .map(passage -> new Evidence(passage, 1.0)).toList();
            return new ChatMessage(id, ChatMessage.Role.ASSISTANT, summary.text(), cited, clock.instant());
        }
        String question = resolver.resolve(session.messages(), message);
        Answer answer = answerer.answer(paper, question);
        if (answer.kind() == AnswerKind.UNANSWERABLE || answer.evidence().isEmpty()) {
            return new ChatMessage(id, ChatMessage.Role.ASSISTANT,
                    "Unanswerable\nThe paper does not seem to say. Try asking with the paper's own terms.",
                    List.of(), clock.instant());
        }
        Evidence best = answer.evidence().get(0);
        String quote = supportingSentence(best.passage().text(), answer.text(), question);
        String source = "(" + best.passage().section() + ", p. " + best.passage().page() + ")";
        // an answer that is the whole sentence needs no quote of itself
        String text = answer.text() + "\n" + (restates(quote, answer.text()) ? source : "\"" + quote + "\" " + source);
        return new ChatMessage(id, ChatMessage.Role.ASSISTANT, text, answer.evidence(), clock.instant());
    }

    /** The sentence of a passage that holds the answer, or else shares most words with the question. */
    String supportingSentence(String passage, String answer, String question) {
        List<String> sentences = splitter.split(passage);
        if (sentences.isEmpty()) {
            return passage.strip();
        }
        String needle = answer.toLowerCase(Locale.ROOT);
        for (String sentence : sentences) {
            if (needle.length() > 3 && sentence.toLowerCase(Locale.ROOT).contains(needle)) {
                return sentence.strip();
            }
        }
        Set<String> asked = contentWords(question + " " + answer);
        String best = sentences.get(0);
        long bestShared = -1;
        for (String sentence : sentences) {
            long shared = contentWords(sentence).stream().filter(asked::contains).count();
            if (shared > bestShared) {
                best = sentence;
                bestShared = shared;
            }
        }
        return best.strip();
    }

    private static boolean restates(String quote, String answer) {
        String q = quote.replaceAll("\\[[\\d,\\s–-]+]", "").replaceAll("\\s+", " ").strip();
        String a = answer.replaceAll("\\s+", " ").strip();
        return a.length() >= 0.8 * q.length() && q.replace(" ", "").contains(a.replace(" ", ""));
    }

    private static Set<String> contentWords(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(m -> m.group())
                .filter(w -> !QUESTION_WORDS.contains(w)).collect(Collectors.toSet());
    }

    /** Stable for the same session, turn and message, so a replayed turn keeps its id. */
    private static String messageId(ChatSession session, String message) {
        return "chat-" + ContentDigest.of(session.sessionId(), Integer.toString(session.messages().size()),
                message.strip()).substring(0, 32);
    }
}
