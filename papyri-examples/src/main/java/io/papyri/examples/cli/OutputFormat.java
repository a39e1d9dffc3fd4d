package io.papyri.examples.cli;

import picocli.CommandLine;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/** The {@code --format} of the summarize, ask and chat commands: text for people, json for programs. */
enum OutputFormat {
    /** Readable text with citations. */
    TEXT,
    /** One JSON object on standard output. */
    JSON;

    /** Converts {@code --format} values, case-insensitively, and lists them for completion. */
    static final class Name implements CommandLine.ITypeConverter<OutputFormat>, Iterable<String> {

        @Override
        public OutputFormat convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "text", "txt" -> TEXT;
                case "json" -> JSON;
                default -> throw new CommandLine.TypeConversionException(
                        "Unknown format '" + value + "': use text or json.");
            };
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(format -> format.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }
}
