package io.papyri.core.feedback;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an export wrote; the same facts are in its manifest.
 *
 * @param file                 the dataset file
 * @param manifest             the manifest beside it ({@code <file>.manifest.json})
 * @param format               the format written
 * @param filter               the filter as applied, with the format's defaults filled in
 * @param defaults             one sentence per default that was applied, empty when none
 * @param until                ratings given at or after this time (when the export started) were not read
 * @param seen                 ratings that matched the filter
 * @param exported             lines written
 * @param skippedUnknownOutput ratings skipped because the store does not know the output they judge
 * @param skippedEmptyOutput   ratings skipped because their output has no text (a whole chat), in the
 *                             formats that need one ({@code bedrock}, {@code groundtruth})
 * @param withoutSource        exported lines without source text, because the paper is not stored
 * @param sha256               SHA-256 of the file's bytes, 64 lower-case hex digits
 * @param bytes                the file's size
 * @param version              the export's version id: {@code export-} and the first 12 hex digits of the hash
 * @param createdAt            when the export was made
 */
public record ExportResult(Path file, Path manifest, ExportFormat format, ExportFilter filter, List<String> defaults,
                           Instant until, long seen, long exported, long skippedUnknownOutput, long skippedEmptyOutput,
                           long withoutSource, String sha256, long bytes, String version, Instant createdAt) {

    /**
     * Checks the components and copies the list, so the value stays immutable.
     *
     * @param file the dataset file
     * @param manifest the manifest beside it ({@code <file>.manifest.json})
     * @param format the format written
     * @param filter the filter as applied, with the format's defaults filled in
     * @param defaults one sentence per default that was applied, empty when none
     * @param until ratings given at or after this time (when the export started) were not read
     * @param seen ratings that matched the filter
     * @param exported lines written
     * @param skippedUnknownOutput ratings skipped because the store does not know the output they judge
     * @param skippedEmptyOutput ratings skipped because their output has no text, in the formats that need one
     * @param withoutSource exported lines without source text, because the paper is not stored
     * @param sha256 SHA-256 of the file's bytes, 64 lower-case hex digits
     * @param bytes the file's size
     * @param version the export's version id
     * @param createdAt when the export was made
     */
    public ExportResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(filter, "filter");
        defaults = List.copyOf(defaults);
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
