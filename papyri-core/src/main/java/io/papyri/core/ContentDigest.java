package io.papyri.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * SHA-256 over a list of texts, for ids that stay the same for the same content: output ids,
 * configuration hashes, fingerprints of indexed text. Parts are separated by a NUL, so
 * {@code ("ab", "c")} and {@code ("a", "bc")} differ.
 */
public final class ContentDigest {

    private ContentDigest() {
    }

    /**
     * Digests texts.
     *
     * @param parts the texts, in order
     * @return 64 lower-case hex digits
     */
    public static String of(String... parts) {
        return of(List.of(parts));
    }

    /**
     * Digests texts.
     *
     * @param parts the texts, in order
     * @return 64 lower-case hex digits
     */
    public static String of(List<String> parts) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        for (String part : parts) {
            digest.update(Objects.requireNonNull(part, "part").getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
