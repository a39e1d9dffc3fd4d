package io.papyri.examples.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code papyri serve} refuses bad settings before it binds a port. */
class ServeCommandTest {

    @Test
    void badSettingsExitWithUsageAndSayWhatToGive() {
        CliRun port = CliRun.of("serve", "--port", "70000");
        assertThat(port.code()).as(port.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(port.err()).contains("--port must be from 0 to 65535");

        CliRun origin = CliRun.of("serve", "--port", "0", "--cors-origin", "javascript:alert(1)");
        assertThat(origin.code()).as(origin.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(origin.err()).contains("is not an origin");

        CliRun limit = CliRun.of("serve", "--port", "0", "--rate-limit", "0");
        assertThat(limit.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(limit.err()).contains("--rate-limit must be at least 1");
    }

    @Test
    void anUnknownExperimentExitsNotFound() {
        CliRun run = CliRun.of("serve", "--port", "0", "--experiment", "nope");
        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err()).contains("Unknown experiment 'nope'");
    }
}
