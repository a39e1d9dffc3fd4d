package io.papyri.core.arxiv.internal;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostAllowListTest {

    private final HostAllowList allowList = HostAllowList.of(
            List.of(URI.create("https://export.arxiv.org/api/query"), URI.create("https://arxiv.org/pdf/")),
            List.of(" Mirror.Example.org "));

    @Test
    void onlyHttpUrlsOnConfiguredHostsAreAllowed() {
        assertThat(allowList.allows(URI.create("https://arxiv.org/pdf/2101.01234v1"))).isTrue();
        assertThat(allowList.allows(URI.create("http://ARXIV.org/pdf/2101.01234v1"))).isTrue();
        assertThat(allowList.allows(URI.create("https://mirror.example.org/x.pdf"))).isTrue();
        assertThat(allowList.hosts()).containsExactlyInAnyOrder("export.arxiv.org", "arxiv.org", "mirror.example.org");
    }

    @Test
    void everythingElseIsRefused() {
        assertThat(allowList.allows(URI.create("http://169.254.169.254/latest/meta-data/"))).isFalse();
        assertThat(allowList.allows(URI.create("http://127.0.0.1:8080/admin"))).isFalse();
        assertThat(allowList.allows(URI.create("https://arxiv.org.evil.example/pdf/x"))).isFalse();
        assertThat(allowList.allows(URI.create("https://arxiv.org@evil.example/pdf/x"))).isFalse();
        assertThat(allowList.allows(URI.create("https://user@arxiv.org/pdf/x"))).isFalse();
        assertThat(allowList.allows(URI.create("file:///etc/passwd"))).isFalse();
        assertThat(allowList.allows(URI.create("ftp://arxiv.org/pdf/x"))).isFalse();
        assertThat(allowList.allows(URI.create("/pdf/relative"))).isFalse();
    }

    @Test
    void extraHostsMustBeBareHostNames() {
        assertThatThrownBy(() -> HostAllowList.of(List.of(), List.of("https://mirror.example.org/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a host name");
        assertThatThrownBy(() -> HostAllowList.of(List.of(), List.of("mirror.example.org:8080")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
