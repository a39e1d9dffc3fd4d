package io.papyri.examples.cli;

import io.papyri.api.InvalidDocumentException;
import io.papyri.api.PaperNotFoundException;
import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.RatingConflictException;
import io.papyri.api.SourceUnavailableException;
import io.papyri.api.UnknownOutputException;
import picocli.CommandLine;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/** The exit codes of the {@code papyri} command, and which error leads to which. */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** An unexpected error (an I/O failure, a bug); run with {@code --verbose} for the stack trace. */
    public static final int FAILED = 1;
    /**
     * The command line was wrong: unknown option, missing file argument, bad {@code --format}, a rating
     * out of range, or an idempotency key reused for another rating ({@code RatingConflictException}).
     */
    public static final int USAGE = 2;
    /** The document is not a readable PDF with text, or is over a limit ({@code InvalidDocumentException}). */
    public static final int INVALID_DOCUMENT = 3;
    /**
     * The file, paper, chat session, experiment or rated output does not exist ({@code PaperNotFoundException},
     * an unknown {@code --session} or experiment, {@code UnknownOutputException}).
     */
    public static final int NOT_FOUND = 4;
    /** A provider is not installed or a setting is wrong ({@code ProviderConfigurationException}). */
    public static final int CONFIGURATION = 5;
    /** A source or service did not answer; trying again later may work ({@code SourceUnavailableException}). */
    public static final int UNAVAILABLE = 6;
    /** An input file of an evaluation (dataset, corpus manifest) is malformed; the message names the line or entry. */
    public static final int INVALID_INPUT = 7;

    /** The codes as shown in {@code --help}: {@code code:meaning}, for picocli's exit code list. */
    static final String[] HELP_LIST = {
            OK + ":success",
            FAILED + ":unexpected error (run with --verbose for details)",
            USAGE + ":invalid command line",
            INVALID_DOCUMENT + ":not a readable PDF: corrupt, encrypted, no text, or over a limit",
            NOT_FOUND + ":file, paper, chat session, experiment or output not found",
            CONFIGURATION + ":provider not installed or setting invalid",
            UNAVAILABLE + ":source or service unavailable; try again later",
            INVALID_INPUT + ":malformed input file (dataset or manifest)",
    };

    private ExitCodes() {
    }

    /**
     * What a command group does when called without a subcommand: prints its usage on standard error.
     *
     * @param spec the group's command
     * @return {@link #USAGE}
     */
    static int usage(CommandLine.Model.CommandSpec spec) {
        CommandLine command = spec.commandLine();
        command.usage(command.getErr());
        command.getErr().flush();
        return USAGE;
    }

    /**
     * The exit code for an error.
     *
     * @param error what went wrong
     * @return its exit code; {@link #FAILED} for anything unexpected
     */
    public static int of(Throwable error) {
        if (error instanceof CommandLine.ParameterException || error instanceof RatingConflictException) {
            return USAGE;
        }
        if (error instanceof InvalidInputException) {
            return INVALID_INPUT;
        }
        if (error instanceof InvalidDocumentException) {
            return INVALID_DOCUMENT;
        }
        if (error instanceof PaperNotFoundException || error instanceof UnknownSessionException
                || error instanceof UnknownExperimentException
                || error instanceof UnknownOutputException
                || error instanceof NoSuchFileException
                || error instanceof UncheckedIOException unchecked && unchecked.getCause() instanceof NoSuchFileException) {
            return NOT_FOUND;
        }
        if (error instanceof ProviderConfigurationException) {
            return CONFIGURATION;
        }
        if (error instanceof SourceUnavailableException) {
            return UNAVAILABLE;
        }
        return FAILED;
    }
}
