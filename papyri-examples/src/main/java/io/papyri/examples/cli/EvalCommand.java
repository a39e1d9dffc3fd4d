package io.papyri.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code papyri eval}: the evaluation commands, which score the configured providers on datasets. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        versionProvider = PapyriVersion.class,
        description = "Score the configured summarizer or answerer on an evaluation dataset: write predictions"
                + " and print the standard metrics.",
        subcommands = {EvalSummarizeCommand.class, EvalQaCommand.class})
final class EvalCommand implements Callable<Integer> {

    /** Papers between progress lines on standard error. */
    static final int PROGRESS_EVERY = 10;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return ExitCodes.usage(spec);
    }

    /**
     * Checks {@code --limit} and {@code --provider}.
     *
     * @param spec     the command, for the usage error
     * @param limit    the limit, or {@code null}
     * @param provider the provider name, or {@code null}
     */
    static void checkOptions(CommandSpec spec, Integer limit, String provider) {
        if (limit != null && limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit + ".");
        }
        if (provider != null && provider.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--provider is empty; name an installed"
                    + " provider such as local.");
        }
    }

    /**
     * A count with its noun, singular or plural.
     *
     * @param count the count
     * @param noun  the singular noun, such as {@code paper}
     * @return such as {@code 1 paper} or {@code 3 papers}
     */
    static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /**
     * The elapsed time since a start, for people.
     *
     * @param startNanos {@link System#nanoTime()} at the start
     * @return such as {@code 12.3 s}
     */
    static String elapsed(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    /**
     * Writes a progress line on standard error every {@link #PROGRESS_EVERY} items of a long run.
     *
     * @param spec  the command, for its error stream
     * @param done  items done so far
     * @param total items in the run
     * @param what  what the items are, such as {@code papers summarized}
     */
    static void progress(CommandSpec spec, int done, int total, String what) {
        if (total > PROGRESS_EVERY && done > 0 && done % PROGRESS_EVERY == 0 && done < total) {
            spec.commandLine().getErr().println("papyri: " + done + " of " + total + " " + what + "…");
            spec.commandLine().getErr().flush();
        }
    }
}
