package io.papyri.examples.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What {@code papyri --version} prints: the Papyri version and the Java runtime it runs on. */
final class PapyriVersion implements CommandLine.IVersionProvider {

    private static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {
                "papyri " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        };
    }

    /**
     * The project version, written into a resource at build time.
     *
     * @return the version, or {@code unknown} when the resource is missing
     */
    static String version() {
        try (InputStream in = PapyriVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "").strip();
                if (!version.isEmpty() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall through to the unknown version: --version must not fail
        }
        return "unknown";
    }
}
