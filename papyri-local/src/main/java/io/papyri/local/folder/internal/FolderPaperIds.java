package io.papyri.local.folder.internal;

import io.papyri.api.PaperId;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The paper ids of a folder's PDFs: {@code folder:<relative path>}, with {@code '/'} between
 * directories.
 *
 * <p>A paper id may only hold letters, digits, {@code '.'}, {@code '_'}, {@code '-'} and single
 * {@code '/'}, so the path is encoded: ASCII letters, digits, {@code '-'}, {@code '/'} and
 * {@code '.'} stay as they are; every other byte of the path's UTF-8 form, including {@code '_'}
 * and a {@code '.'} that follows another {@code '.'}, is written {@code _HH} (upper-case hex).
 * {@code papers/Deep Residual Learning.pdf} becomes {@code folder:papers/Deep_20Residual_20Learning.pdf}.
 * The encoding is reversible, so different paths never share an id.
 *
 * <p>Where the encoded path is not a valid id (it starts with something other than an ASCII letter
 * or digit, or is longer than 200 characters) the id is {@code folder:sha256-<hex>}, the SHA-256
 * of the relative path: stable while the file keeps its name, but only the folder's index can turn
 * it back into a path. Such ids never end in {@code .pdf}, so they cannot clash with encoded paths.
 */
public final class FolderPaperIds {

    /** The scheme of every id a folder source gives out. */
    public static final String SCHEME = "folder";

    private static final String DIGEST_PREFIX = "sha256-";
    private static final Pattern ESCAPE = Pattern.compile("_[0-9A-F]{2}");

    private FolderPaperIds() {
    }

    /**
     * The id of a PDF.
     *
     * @param relativePath its path relative to the folder, with {@code '/'} separators
     * @return its id
     */
    public static PaperId of(String relativePath) {
        String encoded = encode(relativePath);
        try {
            return new PaperId(SCHEME, encoded);
        } catch (IllegalArgumentException e) {
            return new PaperId(SCHEME, DIGEST_PREFIX + sha256(relativePath));
        }
    }

    /**
     * The relative path an id encodes. Ids made from a path digest, ids of other schemes and ids that
     * no {@link #of} call gives out have none.
     *
     * @param id the id
     * @return the relative path, with {@code '/'} separators, free of {@code .} and {@code ..} segments
     *         and of hidden (dot-first) names
     */
    public static Optional<String> relativePath(PaperId id) {
        if (!SCHEME.equals(id.scheme()) || id.local().startsWith(DIGEST_PREFIX)) {
            return Optional.empty();
        }
        String local = id.local();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (c == '_') {
                if (i + 3 > local.length() || !ESCAPE.matcher(local.substring(i, i + 3)).matches()) {
                    return Optional.empty();
                }
                bytes.write(HexFormat.fromHexDigits(local, i + 1, i + 3));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        String path;
        try {
            path = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        if (!encode(path).equals(local) || !isSafeRelativePath(path)
                || !path.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    /**
     * Whether a relative path is one a folder listing can produce: non-empty segments, none of them
     * hidden (starting with '.'), no backslash or NUL.
     *
     * @param path the path with '/' separators
     * @return {@code true} when it is safe to resolve against the folder
     */
    public static boolean isSafeRelativePath(String path) {
        if (path.isEmpty() || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '/' || (c == '.' && (out.length() == 0 || out.charAt(out.length() - 1) != '.'));
            if (plain) {
                out.append((char) c);
            } else {
                out.append('_').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            }
        }
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
