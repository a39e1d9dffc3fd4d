package io.papyri.core.render;

import java.util.Locale;
import java.util.Objects;

/** The output formats a {@link io.papyri.api.Paper} can be rendered in, by name. */
public enum PaperFormat {

    /** One JSON object with stable field names; see {@link JsonRenderer}. */
    JSON("json"),
    /** Markdown for reading and for pasting into documents; see {@link MarkdownRenderer}. */
    MARKDOWN("markdown", "md"),
    /** Plain text; see {@link TextRenderer}. */
    TEXT("text", "txt");

    private final String id;
    private final String alias;

    PaperFormat(String id) {
        this(id, null);
    }

    PaperFormat(String id, String alias) {
        this.id = id;
        this.alias = alias;
    }

    /** @return the lower-case name of the format ({@code json}, {@code markdown}, {@code text}) */
    public String id() {
        return id;
    }

    /** @return a renderer for this format with its default settings */
    public PaperRenderer renderer() {
        return switch (this) {
            case JSON -> new JsonRenderer();
            case MARKDOWN -> new MarkdownRenderer();
            case TEXT -> new TextRenderer();
        };
    }

    /**
     * Finds a format by name, ignoring case; {@code md} and {@code txt} are accepted too.
     *
     * @param name the name, such as {@code json}
     * @return the format
     * @throws IllegalArgumentException when no format has that name; the message lists the names
     */
    public static PaperFormat fromName(String name) {
        Objects.requireNonNull(name, "name");
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (PaperFormat format : values()) {
            if (format.id.equals(wanted) || wanted.equals(format.alias)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "': use json, markdown or text");
    }

    @Override
    public String toString() {
        return id;
    }
}
