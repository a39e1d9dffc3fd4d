package io.papyri.core.eval;

import java.util.List;
import java.util.Objects;

/**
 * One paper of a QASPER evaluation file: the text a question answerer may read and the questions
 * asked about it. Strings are kept exactly as in the file, because gold evidence is compared with
 * paragraphs by exact string equality.
 *
 * @param paperId the dataset's paper id (an arXiv id)
 * @param title the title, empty when the file has none
 * @param abstractText the abstract, empty when the file has none
 * @param sections the sections in document order; subsections are headed {@code Parent ::: Child}
 * @param questions the questions about the paper
 */
public record QasperPaper(String paperId, String title, String abstractText, List<QasperSection> sections,
                          List<QasperQuestion> questions) {

    /**
     * Checks for nulls and copies the lists.
     *
     * @param paperId the dataset's paper id (an arXiv id)
     * @param title the title, empty when the file has none
     * @param abstractText the abstract, empty when the file has none
     * @param sections the sections in document order; subsections are headed {@code Parent ::: Child}
     * @param questions the questions about the paper
     */
    public QasperPaper {
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        sections = List.copyOf(sections);
        questions = List.copyOf(questions);
    }

    /**
     * One section as given in the file.
     *
     * @param heading the heading ({@code section_name} in QASPER), possibly empty
     * @param paragraphs the paragraph strings, unchanged; possibly none for a parent heading
     */
    public record QasperSection(String heading, List<String> paragraphs) {

        /**
         * Checks for nulls and copies the paragraphs.
         *
         * @param heading the heading ({@code section_name} in QASPER), possibly empty
         * @param paragraphs the paragraph strings, unchanged; possibly none for a parent heading
         */
        public QasperSection {
            Objects.requireNonNull(heading, "heading");
            paragraphs = List.copyOf(paragraphs);
        }
    }
}
