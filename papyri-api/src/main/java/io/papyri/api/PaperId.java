package io.papyri.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identity of a paper: a scheme and a scheme-local id, written {@code scheme:local}
 * ({@code arxiv:1706.03762v5}, {@code arxiv:math/0405482}, {@code sha256:9f2c...}).
 *
 * <p>Ids are validated on construction so that an id can always be turned into a storage key:
 * no path traversal ({@code ..}), no absolute paths, no control characters, no backslashes.
 *
 * @param scheme lower-case scheme naming where the id comes from, such as {@code arxiv} or {@code sha256}
 * @param local  the id within the scheme
 */
public record PaperId(String scheme, String local) {

    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-/]{0,199}");

    /**
     * Validates both parts.
     *
     * @param scheme lower-case scheme naming where the id comes from, such as {@code arxiv} or {@code sha256}
     * @param local the id within the scheme
     * @throws IllegalArgumentException when either part could not name a storage key safely
     */
    public PaperId {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(local, "local");
        if (!SCHEME.matcher(scheme).matches()) {
            throw new IllegalArgumentException("Invalid paper id scheme '" + printable(scheme)
                    + "': use lower-case letters, digits and '-', starting with a letter (e.g. 'arxiv').");
        }
        if (!LOCAL.matcher(local).matches() || local.contains("..") || local.contains("//")
                || local.endsWith("/")) {
            throw new IllegalArgumentException("Invalid paper id '" + printable(scheme + ":" + local)
                    + "': the part after the scheme may hold letters, digits, '.', '_', '-' and single '/'"
                    + " separators, must start with a letter or digit and may not contain '..'.");
        }
    }

    /**
     * Parses {@code scheme:local}.
     *
     * @param text the id as written, for example {@code arxiv:1810.04805}
     * @return the parsed id
     * @throws IllegalArgumentException when the text has no scheme or either part is invalid
     */
    public static PaperId parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("Invalid paper id '" + printable(text)
                    + "': write it as scheme:id, for example arxiv:1706.03762 or sha256:<hex digest>.");
        }
        return new PaperId(text.substring(0, colon), text.substring(colon + 1));
    }

    /**
     * The id as a relative storage key: the scheme, then the local id with {@code /} replaced by
     * {@code _}, so that one paper is always one directory ({@code arxiv_math_0405482}).
     *
     * @return a single path segment safe on every file system and object store
     */
    public String storageKey() {
        return scheme + "_" + local.replace('/', '_');
    }

    @Override
    public String toString() {
        return scheme + ":" + local;
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
