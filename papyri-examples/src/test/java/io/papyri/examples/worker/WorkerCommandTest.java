package io.papyri.examples.worker;

import io.papyri.examples.cli.ExitCodes;
import io.papyri.examples.cli.PapyriCommand;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code papyri worker} refuses a missing queue and bad options before it starts anything. */
class WorkerCommandTest {

    @Test
    void aMissingQueueUrlIsAUsageErrorSayingWhatToSet() {
        assumeTrue(System.getenv("PAPYRI_QUEUE_URL") == null && System.getProperty("papyri.queue.url") == null,
                "a queue URL is set in this environment");
        Run run = run("worker", "--health-port", "0");
        assertThat(run.code).as(run.err).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("--queue-url").contains("PAPYRI_QUEUE_URL");
    }

    @Test
    void badOptionsAreUsageErrors() {
        String url = "https://sqs.eu-west-1.amazonaws.com/123456789012/papyri-work";
        assertThat(run("worker", "--queue-url", url, "--concurrency", "0").err).contains("--concurrency must be from 1");
        assertThat(run("worker", "--queue-url", url, "--visibility-timeout", "0").code).isEqualTo(ExitCodes.USAGE);
        assertThat(run("worker", "--queue-url", url, "--health-port", "70000").code).isEqualTo(ExitCodes.USAGE);
        assertThat(run("worker", "--queue-url", "not a url").code).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpNamesTheOptions() {
        Run run = run("worker", "--help");
        assertThat(run.code).isZero();
        assertThat(run.out).contains("--queue-url").contains("--concurrency").contains("--health-port")
                .contains("--visibility-timeout");
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PapyriCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }
}
