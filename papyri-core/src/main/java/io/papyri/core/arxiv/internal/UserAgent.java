package io.papyri.core.arxiv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The User-Agent sent to arXiv, which asks API users to name their application. */
public final class UserAgent {

    private static final String POM_PROPERTIES = "/META-INF/maven/io.papyri/papyri-core/pom.properties";

    private UserAgent() {
    }

    /** @return {@code papyri/<version> (+https://github.com/papyri; mailto:unset)}; the version is {@code dev} outside a jar */
    public static String defaultValue() {
        return "papyri/" + version() + " (+https://github.com/papyri; mailto:unset)";
    }

    /**
     * Checks a User-Agent: printable ASCII only, so it cannot inject header lines.
     *
     * @param value the value
     * @return the value, trimmed
     * @throws IllegalArgumentException when it is blank, too long or has other characters
     */
    public static String check(String value) {
        String text = value.strip();
        if (text.isEmpty() || text.length() > 512 || !text.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("a User-Agent must be 1 to 512 printable ASCII characters, such as"
                    + " 'my-app/1.0 (mailto:me@example.org)'");
        }
        return text;
    }

    private static String version() {
        String fromManifest = UserAgent.class.getPackage().getImplementationVersion();
        if (fromManifest != null) {
            return fromManifest;
        }
        try (InputStream in = UserAgent.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "dev");
            }
        } catch (IOException e) {
            // the version is only informative
        }
        return "dev";
    }
}
