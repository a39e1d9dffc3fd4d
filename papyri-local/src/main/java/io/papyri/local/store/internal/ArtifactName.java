package io.papyri.local.store.internal;

import java.util.regex.Pattern;

/**
 * Checks artifact names before they touch the file system: a name is a relative path of
 * {@code '/'}-separated segments, each made of letters, digits, {@code '.'}, {@code '_'} and
 * {@code '-'} and not starting with a dot (names starting with a dot are kept for the store's own
 * temporary files). So no absolute paths, {@code ..}, backslashes, NUL or empty segments.
 */
public final class ArtifactName {

    /** The longest artifact name accepted, in characters. */
    public static final int MAX_LENGTH = 512;

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");

    private ArtifactName() {
    }

    /**
     * Checks a name.
     *
     * @param name the artifact's relative name, such as {@code summaries/local-1a2b.json}
     * @return the same name
     * @throws IllegalArgumentException when the name is not a safe relative name
     */
    public static String check(String name) {
        if (name == null) {
            throw new IllegalArgumentException("An artifact name is required, such as paper.json.");
        }
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            throw invalid(name, name.isEmpty() ? "it is empty" : "it is longer than " + MAX_LENGTH + " characters");
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty()) {
                throw invalid(name, "it has an empty segment (a leading, trailing or doubled '/')");
            }
            if (!SEGMENT.matcher(segment).matches()) {
                throw invalid(name, "segment '" + printable(segment) + "' is not made of letters, digits, '.', '_'"
                        + " and '-' starting with a letter, digit, '_' or '-' (at most 128 characters)");
            }
        }
        return name;
    }

    private static IllegalArgumentException invalid(String name, String why) {
        return new IllegalArgumentException("Invalid artifact name '" + printable(name) + "': " + why
                + ". Use a relative name such as paper.json or summaries/local-1a2b.json.");
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(100).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
