package io.papyri.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The {@code papyri} command and the main class of {@code papyri-cli.jar}.
 *
 * <p>Standard output carries only the requested result (one JSON object with
 * {@code --format json}); errors go to standard error as one line, {@code papyri: <message>},
 * with an exit code from {@link ExitCodes}.
 */
@Command(name = "papyri",
        mixinStandardHelpOptions = true,
        versionProvider = PapyriVersion.class,
        description = "Read scientific papers by machine: search arXiv, fetch and keep papers, turn a PDF"
                + " into a structured paper (title, authors, abstract, sections, captions, references), summarize"
                + " it, ask questions about it, chat about it, rate the outputs, and evaluate the models on datasets.",
        subcommands = {SearchCommand.class, FetchCommand.class, ExtractCommand.class, LibraryCommand.class,
                SummarizeCommand.class, AskCommand.class, ChatCommand.class, EvalCommand.class,
                RateCommand.class, FeedbackCommand.class, ExperimentsCommand.class, ServeCommand.class, WorkerCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nSettings:%n",
        footer = {
                "Providers and limits come from system properties (-Dpapyri.extractor=pdfbox,"
                        + " -Dpapyri.limits.max-pages=500; pass them in PAPYRI_JAVA_OPTS), environment"
                        + " variables (PAPYRI_EXTRACTOR) or papyri.properties on the class path.",
                "Papers are kept under papyri.store.dir (PAPYRI_STORE_DIR, default ~/.papyri)."},
        exitCodeListHeading = "%nExit codes:%n")
public final class PapyriCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private boolean verbose;

    /** Creates the command; picocli fills in the options. */
    public PapyriCommand() {
    }

    /**
     * Logs Papyri's work at DEBUG on standard error and prints stack traces of errors.
     *
     * @param verbose whether to be verbose
     */
    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log what Papyri does (DEBUG, on standard error) and show stack traces of errors.")
    void setVerbose(boolean verbose) {
        this.verbose = verbose;
    }

    @Override
    public Integer call() {
        return ExitCodes.usage(spec);
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments, such as {@code extract paper.pdf --format json}
     */
    public static void main(String[] args) {
        useDefaultSystemProperties(System.getenv(), System.getProperty("user.home"));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int code = execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line with the given output streams, without exiting; this is what
     * {@link #main(String[])} and the tests call.
     *
     * @param out  where results and help go
     * @param err  where errors go
     * @param args the arguments
     * @return the exit code, see {@link ExitCodes}
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err).execute(args);
    }

    /**
     * The configured command line: one-line errors, exit codes, UTF-8 output.
     *
     * @param out where results and help go
     * @param err where errors go
     * @return a new command line, ready to {@code execute}
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        ErrorReport errors = new ErrorReport();
        CommandLine command = new CommandLine(new PapyriCommand())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors)
                .setExecutionStrategy(parsed -> {
                    LogLevels.apply(isVerbose(parsed.commandSpec().commandLine()));
                    return new CommandLine.RunLast().execute(parsed);
                });
        exitCodesInHelp(command);
        return command;
    }

    /**
     * Whether {@code --verbose} was given anywhere on the command line.
     *
     * @param command the command or one of its subcommands
     * @return {@code true} when verbose
     */
    static boolean isVerbose(CommandLine command) {
        CommandLine root = command;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getCommand() instanceof PapyriCommand papyri && papyri.verbose;
    }

    /**
     * Points PDFBox's font cache at {@code $XDG_CACHE_HOME/papyri} (else {@code $HOME/.cache/papyri})
     * instead of the home directory, and keeps model libraries offline, unless already set.
     *
     * @param env  the environment
     * @param home the user's home directory
     */
    static void useDefaultSystemProperties(Map<String, String> env, String home) {
        if (System.getProperty("pdfbox.fontcache") == null) {
            Path cache = cacheDirectory(env, home);
            try {
                Files.createDirectories(cache);
                System.setProperty("pdfbox.fontcache", cache.toString());
            } catch (IOException | SecurityException e) {
                // PDFBox falls back to its own default location; reading still works
            }
        }
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * Where the command keeps caches: {@code $XDG_CACHE_HOME/papyri} when that is an absolute
     * path, else {@code $HOME/.cache/papyri}, else {@code <home>/.cache/papyri}.
     *
     * @param env  the environment
     * @param home the user's home directory as Java sees it, used when {@code HOME} is not set
     * @return the cache directory
     */
    static Path cacheDirectory(Map<String, String> env, String home) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (absolute(xdg)) {
            return Path.of(xdg, "papyri");
        }
        String envHome = env.get("HOME");
        return Path.of(absolute(envHome) ? envHome : home, ".cache", "papyri");
    }

    private static boolean absolute(String path) {
        return path != null && !path.isBlank() && Path.of(path).isAbsolute();
    }

    private static void exitCodesInHelp(CommandLine command) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String entry : ExitCodes.HELP_LIST) {
            int colon = entry.indexOf(':');
            codes.put(entry.substring(0, colon), entry.substring(colon + 1));
        }
        command.getCommandSpec().usageMessage().exitCodeList(codes);
        subcommandExitCodes(command, codes);
    }

    private static void subcommandExitCodes(CommandLine command, Map<String, String> codes) {
        command.getSubcommands().values().forEach(sub -> {
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
                subcommandExitCodes(sub, codes);
            }
        });
    }
}
