package io.papyri.examples.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * Sets the log levels for a run. Quiet by default: warnings on standard error, PDF library noise
 * and pipeline failures (which the command reports itself) left out. Verbose: DEBUG for Papyri.
 * Does nothing when logback is not the SLF4J backend.
 */
final class LogLevels {

    private LogLevels() {
    }

    static void apply(boolean verbose) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        set(context, "io.papyri", verbose ? Level.DEBUG : Level.WARN);
        set(context, "io.papyri.pipeline", verbose ? Level.DEBUG : Level.ERROR);
        set(context, "org.apache.pdfbox", verbose ? Level.WARN : Level.ERROR);
        set(context, "org.apache.fontbox", verbose ? Level.WARN : Level.ERROR);
    }

    private static void set(LoggerContext context, String name, Level level) {
        Logger logger = context.getLogger(name);
        logger.setLevel(level);
    }
}
