package io.papyri.examples.cli;

import io.papyri.api.PapyriException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Reports a failed command as one line on standard error, {@code papyri: <message>}, and picks
 * the exit code; the stack trace is printed too, before that line, only with {@code --verbose}.
 */
final class ErrorReport implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

    private static final String PREFIX = "papyri: ";

    @Override
    public int handleParseException(CommandLine.ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        StringBuilder line = new StringBuilder(oneLine(error.getMessage()));
        if (error instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            line.append("; did you mean ").append(String.join(" or ", unmatched.getSuggestions())).append('?');
        }
        line.append(" (see '").append(command.getCommandSpec().qualifiedName()).append(" --help')");
        print(command.getErr(), line.toString(), error, PapyriCommand.isVerbose(command));
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception error, CommandLine command, CommandLine.ParseResult parsed) {
        print(command.getErr(), describe(error), error, PapyriCommand.isVerbose(command));
        return ExitCodes.of(error);
    }

    /**
     * What to tell the user about an error: Papyri's own message, which says what to do, or the
     * error itself when it is unexpected.
     */
    static String describe(Throwable error) {
        String message = error.getMessage();
        if (error instanceof PapyriException && message != null && !message.isBlank()) {
            return oneLine(message);
        }
        if (error instanceof UncheckedIOException && message != null && !message.isBlank()) {
            return oneLine(message);
        }
        String what = message == null || message.isBlank()
                ? error.getClass().getName()
                : error.getClass().getSimpleName() + ": " + message;
        return "unexpected error: " + oneLine(what) + " (run with --verbose for the stack trace)";
    }

    private static void print(PrintWriter err, String line, Throwable error, boolean verbose) {
        if (verbose) {
            error.printStackTrace(err);
        }
        err.println(PREFIX + line);
        err.flush();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
