package io.papyri.local.store.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {

    @TempDir
    Path directory;

    @Test
    void aWriterThatFailsHalfWayLeavesTheOldContentAndNoTemporaryFile() throws IOException {
        Path target = directory.resolve("paper.json");
        AtomicFiles.write(target, out -> out.write(bytes("old content")));

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(bytes("new cont"));
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessageContaining("No space left");

        assertThat(target).hasContent("old content");
        assertThat(listing()).containsExactly("paper.json");
    }

    @Test
    void aWriterThatFailsWithAnUncheckedErrorAlsoLeavesTheOldContent() throws IOException {
        Path target = directory.resolve("paper.json");
        AtomicFiles.write(target, out -> out.write(bytes("old content")));

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(bytes("half"));
            throw new IllegalStateException("serializer failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(target).hasContent("old content");
        assertThat(listing()).containsExactly("paper.json");
    }

    @Test
    void aTemporaryFileIsInvisibleUntilItIsCommitted() throws IOException {
        Path target = directory.resolve("paper.json");
        AtomicFiles.write(target, out -> out.write(bytes("old")));

        Path temporary = AtomicFiles.writeTemporary(target, out -> out.write(bytes("new")));

        assertThat(AtomicFiles.isTemporary(temporary)).isTrue();
        assertThat(temporary.getParent()).isEqualTo(directory);
        assertThat(target).hasContent("old");
        AtomicFiles.commit(temporary, target);
        assertThat(target).hasContent("new");
        assertThat(temporary).doesNotExist();
    }

    @Test
    void onlyStaleTemporaryFilesAreRemoved() throws IOException {
        Path stale = Files.write(directory.resolve(".a.json.0011.tmp"), bytes("x"));
        Files.setLastModifiedTime(stale, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Path fresh = Files.write(directory.resolve(".a.json.2233.tmp"), bytes("x"));
        Files.setLastModifiedTime(fresh, FileTime.from(Instant.parse("2020-01-03T00:00:00Z")));
        Path content = Files.write(directory.resolve("a.json"), bytes("x"));
        Files.setLastModifiedTime(content, FileTime.from(Instant.parse("2019-01-01T00:00:00Z")));

        int removed = AtomicFiles.removeStaleTemporaryFiles(directory,
                Instant.parse("2020-01-03T00:00:00Z").minus(Duration.ofDays(1)));

        assertThat(removed).isEqualTo(1);
        assertThat(listing()).containsExactlyInAnyOrder(".a.json.2233.tmp", "a.json");
    }

    @Test
    void missingParentsAreCreated() throws IOException {
        Path nested = directory.resolve("a/b/c");

        AtomicFiles.createDirectories(nested);
        AtomicFiles.createDirectories(nested);

        assertThat(nested).isDirectory();
    }

    private Stream<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList().stream();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
