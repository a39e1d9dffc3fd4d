package io.papyri.core.feedback;

import java.util.Locale;

/** The dataset formats {@link FeedbackExport} writes, one JSON object per line in each. */
public enum ExportFormat {
    /**
     * Every field of a rating with its output and source text: {@code paper_id}, {@code target},
     * {@code output_id}, {@code provider}, {@code model}, {@code config_hash}, {@code variant},
     * {@code input}, {@code source}, {@code output}, {@code rating}, {@code comment}, {@code tags},
     * {@code rater_id}, {@code rated_at}.
     */
    JSONL,
    /**
     * Amazon Bedrock model customization (fine-tuning of text models): {@code {"prompt": ..., "completion": ...}}
     * per line, the prompt an instruction for the target followed by the source text, the completion
     * the rated output. Without a minimum rating, only ratings of {@value FeedbackExport#BEDROCK_DEFAULT_MIN_RATING}
     * or more are exported.
     */
    BEDROCK,
    /**
     * A SageMaker Ground Truth input manifest for a text labelling job: {@code source} is the output
     * to label, the other keys are metadata. Without a maximum rating, only ratings of
     * {@value FeedbackExport#GROUNDTRUTH_DEFAULT_MAX_RATING} or less are exported.
     */
    GROUNDTRUTH;

    /**
     * The name as written on the command line and in the manifest: {@code jsonl}, {@code bedrock}, {@code groundtruth}.
     *
     * @return the lower-case name
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a format name, in any case.
     *
     * @param name {@code jsonl}, {@code bedrock} or {@code groundtruth}
     * @return the format
     * @throws IllegalArgumentException when the name is none of them
     */
    public static ExportFormat parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.id().equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown export format '" + name + "': use jsonl, bedrock or groundtruth.");
    }
}
