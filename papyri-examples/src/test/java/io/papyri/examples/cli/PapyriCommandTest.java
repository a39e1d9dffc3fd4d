package io.papyri.examples.cli;

import io.papyri.api.InvalidDocumentException;
import io.papyri.api.PaperNotFoundException;
import io.papyri.api.PapyriException;
import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.SourceUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PapyriCommandTest {

    @TempDir
    Path dir;

    @Test
    void extractHelpDescribesTheFormatsAndExitCodes() {
        CliRun run = CliRun.of("extract", "--help");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Usage: papyri extract", "PAPER", "--format", "json", "markdown", "text",
                "Exit codes:", "3   not a readable PDF");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void topLevelHelpListsTheCommandsAndGlobalOptions() {
        CliRun run = CliRun.of("--help");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: papyri", "extract", "--verbose", "--version", "Exit codes:");
        assertThat(CliRun.of("help", "extract").out()).contains("--format");
    }

    @Test
    void versionNamesThePapyriVersion() {
        CliRun run = CliRun.of("--version");

        assertThat(run.code()).isZero();
        assertThat(run.out().lines().findFirst().orElse("")).matches("papyri \\d+\\.\\d+\\.\\d+.*");
        assertThat(run.out()).contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void noCommandPrintsUsageOnStandardErrorAsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Usage: papyri", "extract");
    }

    @Test
    void missingFileIsOneLineOnStandardErrorWithoutStackTrace() {
        Path missing = dir.resolve("missing-paper.pdf");

        CliRun run = CliRun.of("extract", missing.toString(), "--format", "json");

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).as(run.toString()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("papyri: ")
                .contains("missing-paper.pdf")
                .doesNotContain("Exception")
                .doesNotContain("at io."));
    }

    @Test
    void verboseShowsTheStackTraceAndStillEndsWithTheOneLineMessage() {
        Path missing = dir.resolve("missing-paper.pdf");

        CliRun before = CliRun.of("--verbose", "extract", missing.toString());
        CliRun after = CliRun.of("extract", missing.toString(), "-v");

        for (CliRun run : new CliRun[] {before, after}) {
            assertThat(run.code()).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(run.err()).contains(PaperNotFoundException.class.getName()).contains("at io.papyri.");
            assertThat(run.errLines().get(run.errLines().size() - 1)).startsWith("papyri: ").contains("missing-paper.pdf");
        }
    }

    @Test
    void unknownFormatIsAOneLineUsageErrorListingTheFormats() {
        CliRun run = CliRun.of("extract", dir.resolve("a.pdf").toString(), "--format", "xml");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("papyri: ")
                .contains("'xml'", "json, markdown or text", "papyri extract --help"));
    }

    @Test
    void formatNamesAreCaseInsensitiveAndAcceptShortAliases() {
        ExtractCommand.FormatName names = new ExtractCommand.FormatName();

        assertThat(names.convert("JSON").id()).isEqualTo("json");
        assertThat(names.convert("md").id()).isEqualTo("markdown");
        assertThat(names).containsExactly("json", "markdown", "text");
    }

    @Test
    void usageErrorsAreOneLineWithAHint() {
        CliRun unknownOption = CliRun.of("extract", "--colour", "a.pdf");
        CliRun missingFile = CliRun.of("extract");
        CliRun typo = CliRun.of("extrct", "a.pdf");

        for (CliRun run : new CliRun[] {unknownOption, missingFile, typo}) {
            assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.errLines()).as(run.toString()).singleElement()
                    .satisfies(line -> assertThat(line).startsWith("papyri: ").contains("--help"));
        }
        assertThat(unknownOption.err()).contains("--colour");
        assertThat(missingFile.err()).contains("PAPER");
        assertThat(typo.err()).contains("did you mean extract");
    }

    @Test
    void eachErrorKindHasItsExitCode() {
        assertThat(ExitCodes.of(new InvalidDocumentException(InvalidDocumentException.Reason.NOT_PDF, "a", "m")))
                .isEqualTo(3);
        assertThat(ExitCodes.of(new PaperNotFoundException("a", "m"))).isEqualTo(4);
        assertThat(ExitCodes.of(new UncheckedIOException(new NoSuchFileException("a")))).isEqualTo(4);
        assertThat(ExitCodes.of(new ProviderConfigurationException("m"))).isEqualTo(5);
        assertThat(ExitCodes.of(new SourceUnavailableException("m", null))).isEqualTo(6);
        assertThat(ExitCodes.of(new CommandLine.ParameterException(new CommandLine(new PapyriCommand()), "m")))
                .isEqualTo(2);
        assertThat(ExitCodes.of(new PapyriException("m"))).isEqualTo(1);
        assertThat(ExitCodes.of(new IllegalStateException())).isEqualTo(1);
    }

    @Test
    void errorMessagesAreKeptOnOneLine() {
        assertThat(ErrorReport.describe(new PapyriException("first line\n  second line\r\nthird")))
                .isEqualTo("first line second line third");
        assertThat(ErrorReport.describe(new IllegalStateException()))
                .isEqualTo("unexpected error: java.lang.IllegalStateException (run with --verbose for the stack trace)");
        assertThat(ErrorReport.describe(new IllegalArgumentException("bad\nvalue")))
                .isEqualTo("unexpected error: IllegalArgumentException: bad value (run with --verbose for the stack trace)");
    }

    @Test
    void cacheGoesUnderXdgCacheHomeElseTheHomeCache() {
        assertThat(PapyriCommand.cacheDirectory(Map.of("XDG_CACHE_HOME", "/var/cache/me"), "/home/me"))
                .isEqualTo(Path.of("/var/cache/me/papyri"));
        assertThat(PapyriCommand.cacheDirectory(Map.of("XDG_CACHE_HOME", "relative"), "/home/me"))
                .isEqualTo(Path.of("/home/me/.cache/papyri"));
        assertThat(PapyriCommand.cacheDirectory(Map.of("HOME", "/home/env"), "/home/me"))
                .isEqualTo(Path.of("/home/env/.cache/papyri"));
        assertThat(PapyriCommand.cacheDirectory(Map.of(), "/home/me")).isEqualTo(Path.of("/home/me/.cache/papyri"));
    }
}
