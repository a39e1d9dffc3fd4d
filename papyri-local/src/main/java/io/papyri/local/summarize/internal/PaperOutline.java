package io.papyri.local.summarize.internal;

import io.papyri.api.Paper;
import io.papyri.api.Paragraph;
import io.papyri.api.Passage;
import io.papyri.api.Section;
import io.papyri.core.index.PassageChunker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The top-level sections of a paper as the summarizer sees them: every passage of the index
 * belongs to one part (a top-level section together with its sub-sections, or the abstract) and
 * has a {@link SectionRole}, the one its own sub-section names or else its part's.
 *
 * <p>Passages are matched to sections by walking the paper the way the passage index does (the
 * abstract first, then every non-blank paragraph); should the two ever disagree, parts fall back to
 * runs of passages with the same section heading. Immutable.
 */
public final class PaperOutline {

    private final List<Part> parts;
    private final int[] partOfPassage;
    private final SectionRole[] roleOfPassage;

    private PaperOutline(List<Part> parts, int[] partOfPassage, SectionRole[] roleOfPassage) {
        this.parts = List.copyOf(parts);
        this.partOfPassage = partOfPassage;
        this.roleOfPassage = roleOfPassage;
    }

    /**
     * One top-level part of the paper.
     *
     * @param heading the heading of its top-level section, {@code "Abstract"} for the abstract
     * @param role    what the part does
     */
    public record Part(String heading, SectionRole role) {

        /**
         * Checks the values.
         *
         * @param heading the heading of its top-level section
         * @param role    what the part does
         */
        public Part {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(role, "role");
        }
    }

    /** @return the parts in reading order */
    public List<Part> parts() {
        return parts;
    }

    /**
     * The part a passage belongs to.
     *
     * @param passage the passage index
     * @return the index of its part in {@link #parts()}
     */
    public int partOf(int passage) {
        return partOfPassage[passage];
    }

    /**
     * The role of a passage: its sub-section's when that names one, else its part's.
     *
     * @param passage the passage index
     * @return its role
     */
    public SectionRole roleOf(int passage) {
        return roleOfPassage[passage];
    }

    /**
     * The outline of an indexed paper.
     *
     * @param paper    the paper
     * @param passages the passages its index made of it
     * @return the outline
     */
    public static PaperOutline of(Paper paper, List<Passage> passages) {
        PaperOutline walked = walk(paper, passages);
        return walked != null ? walked : byHeadings(passages);
    }

    /** Follows the paper section by section; null when the passages are not the paper's paragraphs. */
    private static PaperOutline walk(Paper paper, List<Passage> passages) {
        List<Part> parts = new ArrayList<>();
        int[] partOf = new int[passages.size()];
        SectionRole[] roleOf = new SectionRole[passages.size()];
        int next = 0;
        if (!paper.abstractText().isBlank()) {
            if (passages.isEmpty() || !passages.get(0).text().equals(paper.abstractText())) {
                return null;
            }
            parts.add(new Part(PassageChunker.ABSTRACT_SECTION, SectionRole.ABSTRACT));
            roleOf[next] = SectionRole.ABSTRACT;
            partOf[next++] = 0;
        }
        int topLevel = paper.sections().stream().mapToInt(Section::level).min().orElse(1);
        boolean backMatterFollows = false;
        int current = -1;
        for (Section section : paper.sections()) {
            SectionRole named = SectionRole.of(section.heading());
            if (current < 0 || section.level() <= topLevel) {
                // after the references or an appendix heading, sections with other names are appendices too
                SectionRole role = backMatterFollows ? SectionRole.BACK_MATTER : named;
                parts.add(new Part(section.heading(), role));
                current = parts.size() - 1;
                if (named == SectionRole.BACK_MATTER
                        && !section.heading().toLowerCase(Locale.ROOT).contains("acknowledg")) {
                    backMatterFollows = true;
                }
            }
            SectionRole partRole = parts.get(current).role();
            SectionRole role = partRole == SectionRole.BACK_MATTER || named == SectionRole.BODY
                    || named == SectionRole.ABSTRACT ? partRole : named;
            for (Paragraph paragraph : section.paragraphs()) {
                if (paragraph.text().isBlank()) {
                    continue;
                }
                if (next >= passages.size() || !passages.get(next).text().equals(paragraph.text())) {
                    return null;
                }
                roleOf[next] = role;
                partOf[next++] = current;
            }
        }
        return next == passages.size() ? new PaperOutline(parts, partOf, roleOf) : null;
    }

    /** Parts as runs of passages under the same heading. */
    private static PaperOutline byHeadings(List<Passage> passages) {
        List<Part> parts = new ArrayList<>();
        int[] partOf = new int[passages.size()];
        SectionRole[] roleOf = new SectionRole[passages.size()];
        String previous = null;
        for (int p = 0; p < passages.size(); p++) {
            String heading = passages.get(p).section();
            if (!heading.equals(previous)) {
                parts.add(new Part(heading, SectionRole.of(heading)));
                previous = heading;
            }
            partOf[p] = parts.size() - 1;
            roleOf[p] = parts.get(partOf[p]).role();
        }
        return new PaperOutline(parts, partOf, roleOf);
    }
}
