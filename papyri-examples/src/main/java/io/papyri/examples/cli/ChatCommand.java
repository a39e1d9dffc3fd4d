package io.papyri.examples.cli;

import io.papyri.api.ChatMessage;
import io.papyri.api.ChatSession;
import io.papyri.api.Evidence;
import io.papyri.api.Paper;
import io.papyri.core.AssignedVariant;
import io.papyri.core.Papyri;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code papyri chat PAPER}: a conversation about a paper, one question per line of standard input.
 * The session is kept in the store, so {@code --session ID} takes it up again later.
 */
@Command(name = "chat",
        mixinStandardHelpOptions = true,
        versionProvider = PapyriVersion.class,
        description = {
                "Chat about a paper: each line read from standard input is a question; each reply is printed"
                        + " with the passages it cites. Blank lines are skipped; exit, quit or end of input ends"
                        + " the chat.",
                "The session id is printed first; the conversation is kept in the store, so"
                        + " 'papyri chat PAPER --session ID' goes on where it stopped. The agent is picked by"
                        + " papyri.chat (default local).",
                "Each reply is followed by its output id, to rate it with 'papyri rate ID RATING'; the session id"
                        + " rates the whole chat."})
final class ChatCommand implements Callable<Integer> {

    private static final Set<String> ENDINGS = Set.of("exit", "quit");
    private static final int EXCERPT = 100;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAPER", description = "A PDF file or a paper id.")
    private String paper;

    @Option(names = "--session", paramLabel = "ID", description = "Resume the stored chat with this id.")
    private String sessionId;

    @Mixin
    private ExperimentServing experiment;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // with a person at a terminal: prompt, and do not echo what they typed
        boolean interactive = System.console() != null;
        try (Papyri papyri = Papyri.builder().build()) {
            Paper read = papyri.open(paper);
            Optional<AssignedVariant> assigned = experiment.assign(papyri);
            ChatSession session = sessionId != null ? resume(papyri, read)
                    : assigned.map(a -> a.startChat(read)).orElseGet(() -> papyri.startChat(read));
            out.println("Session: " + session.sessionId());
            if (!session.messages().isEmpty()) {
                out.println("Resumed after " + session.messages().size() + " earlier messages.");
            }
            if (interactive) {
                out.println("Ask about the paper; exit, quit or Ctrl-D ends the chat.");
            }
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = next(in, out, interactive)) != null) {
                String question = line.strip();
                if (question.isEmpty()) {
                    continue;
                }
                if (ENDINGS.contains(question.toLowerCase(Locale.ROOT))) {
                    break;
                }
                if (!interactive) {
                    out.println("> " + question);
                }
                ChatSession before = session;
                session = assigned.map(a -> a.reply(read, before, question))
                        .orElseGet(() -> papyri.reply(read, before, question));
                print(out, session.messages().get(session.messages().size() - 1));
            }
            if (interactive) {
                out.println("To go on later: papyri chat " + paper + " --session " + session.sessionId());
                out.flush();
            }
        }
        return ExitCodes.OK;
    }

    private ChatSession resume(Papyri papyri, Paper read) {
        String id = sessionId.strip();
        try {
            return papyri.chatSession(read.id(), id).orElseThrow(() -> new UnknownSessionException(
                    "No chat session '" + id + "' about " + read.id() + " in the store; check the id printed when"
                            + " the chat began and the store (papyri.store.dir), or start a new chat without --session."));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--session: " + e.getMessage());
        }
    }

    private static String next(BufferedReader in, PrintWriter out, boolean interactive) {
        if (interactive) {
            out.print("> ");
            out.flush();
        }
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the next question from standard input: " + e.getMessage(), e);
        }
    }

    /** The reply, one line per cited passage (its citation and the start of its text), then its output id. */
    private static void print(PrintWriter out, ChatMessage reply) {
        out.println(reply.text().strip());
        List<Evidence> citations = reply.citations();
        for (int i = 0; i < citations.size(); i++) {
            String text = citations.get(i).passage().text().strip();
            String excerpt = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
            out.println("  " + (i + 1) + ". " + Citations.of(citations.get(i).passage()) + " " + excerpt);
        }
        out.println("Output id: " + reply.outputId());
        out.println();
        out.flush();
    }
}
