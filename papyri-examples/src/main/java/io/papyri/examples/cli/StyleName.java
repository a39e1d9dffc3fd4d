package io.papyri.examples.cli;

import io.papyri.api.SummaryStyle;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/** Converts {@code --style} values (tldr, abstract, sections; any case) and lists them for completion. */
final class StyleName implements CommandLine.ITypeConverter<SummaryStyle>, Iterable<String> {

    @Override
    public SummaryStyle convert(String value) {
        try {
            return SummaryStyle.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("Unknown style '" + value + "': use tldr, abstract or sections.");
        }
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(SummaryStyle.values()).map(StyleName::of).iterator();
    }

    /**
     * The name a user types for a style.
     *
     * @param style the style
     * @return its lower-case name, such as {@code tldr}
     */
    static String of(SummaryStyle style) {
        return style.name().toLowerCase(Locale.ROOT);
    }
}
