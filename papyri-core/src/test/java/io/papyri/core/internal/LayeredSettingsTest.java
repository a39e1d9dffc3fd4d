package io.papyri.core.internal;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class LayeredSettingsTest {

    private static final String KEY = "papyri.arxiv.api-url";

    private static LayeredSettings layers(String explicit, String system, String env, String file) {
        Properties properties = new Properties();
        if (file != null) {
            properties.setProperty(KEY, file);
        }
        return new LayeredSettings(explicit == null ? Map.of() : Map.of(KEY, explicit),
                k -> k.equals(KEY) ? system : null,
                k -> k.equals("PAPYRI_ARXIV_API_URL") ? env : null, properties);
    }

    @Test
    void builderWinsOverSystemPropertyOverEnvironmentOverFile() {
        assertThat(layers("b", "s", "e", "f").get(KEY)).contains("b");
        assertThat(layers(null, "s", "e", "f").get(KEY)).contains("s");
        assertThat(layers(null, null, "e", "f").get(KEY)).contains("e");
        assertThat(layers(null, null, null, "f").get(KEY)).contains("f");
        assertThat(layers(null, null, null, null).get(KEY)).isEmpty();
    }

    @Test
    void blankValuesCountAsUnsetAndValuesAreTrimmed() {
        assertThat(layers(" ", "", " e ", "f").get(KEY)).contains("e");
    }

    @Test
    void originNamesTheLayerAUserMustChange() {
        assertThat(layers(null, "s", "e", null).origin(KEY)).isEqualTo("system property papyri.arxiv.api-url");
        assertThat(layers(null, null, "e", null).origin(KEY)).isEqualTo("environment variable PAPYRI_ARXIV_API_URL");
        assertThat(layers(null, null, null, null).origin(KEY)).isEqualTo("the default");
    }

    @Test
    void environmentNamesAreUpperCaseWithUnderscores() {
        assertThat(LayeredSettings.environmentName("papyri.limits.max-pdf-bytes")).isEqualTo("PAPYRI_LIMITS_MAX_PDF_BYTES");
    }
}
