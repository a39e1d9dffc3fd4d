package io.papyri.local.understand;

import io.papyri.api.Answer;
import io.papyri.api.AnswerKind;
import io.papyri.api.ChatMessage;
import io.papyri.api.ChatSession;
import io.papyri.api.Paper;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;
import io.papyri.core.Papyri;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded default from end to end on a real paper (1706.03762, 15 pages): open it into the
 * store, summarize it, ask about it, chat about it, and open it again in a new instance without
 * embedding it again.
 */
class UnderstandingEndToEndTest {

    @TempDir
    Path store;
    private Path pdf;

    @BeforeEach
    void findPaper() {
        String shared = System.getProperty("papyri.shared.dir");
        assumeTrue(shared != null && !shared.isBlank(),
                "Skipping the end-to-end test: system property papyri.shared.dir is not set");
        pdf = Path.of(shared, "corpus", "pdfs", "1706.03762.pdf");
        assumeTrue(Files.isRegularFile(pdf), "Skipping the end-to-end test: " + pdf + " is absent");
    }

    private Papyri papyri() {
        return Papyri.builder().withoutLogging().setting("papyri.store.dir", store.toString()).build();
    }

    @Test
    void summarizeAskAndChatOnTheEmbeddedDefault() {
        try (Papyri papyri = papyri()) {
            Paper paper = papyri.open(pdf.toString());

            Summary summary = papyri.summarize(paper, SummaryStyle.ABSTRACT);
            assertThat(summary.text().split("\\s+").length).isBetween(120, 260);
            assertThat(summary.sentences()).allSatisfy(s -> assertThat(s.source().text()).contains(s.text()));
            assertThat(summary.provenance().provider()).isEqualTo("local");
            assertThat(papyri.summarize(paper, SummaryStyle.TLDR).sentences()).hasSize(1);

            Answer optimizer = papyri.answer(paper, "Which optimizer do they use?");
            assertThat(optimizer.kind()).isEqualTo(AnswerKind.EXTRACTIVE);
            assertThat(optimizer.text()).contains("Adam");
            assertThat(optimizer.evidence().get(0).passage().section()).isEqualTo("5.3 Optimizer");
            assertThat(optimizer.evidence().get(0).passage().page()).isEqualTo(7);

            Answer recurrence = papyri.answer(paper, "Does the Transformer use recurrence?");
            assertThat(recurrence.kind()).isEqualTo(AnswerKind.YES_NO);
            assertThat(recurrence.text()).isEqualTo("No");
            assertThat(recurrence.evidence()).isNotEmpty();
            assertThat(papyri.answer(paper, "Is the model trained on GPUs?").text()).isEqualTo("Yes");

            Answer heads = papyri.answer(paper, "How many attention heads are used?");
            assertThat(heads.text()).contains("8");

            ChatSession chat = papyri.startChat(paper);
            chat = papyri.reply(paper, chat, "What dataset do they train on?");
            chat = papyri.reply(paper, chat, "How large is it?");
            ChatMessage size = chat.messages().get(3);
            assertThat(size.text()).contains("4.5 million");
            assertThat(size.citations()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.passage().section()).contains("Training"));
            assertThat(papyri.chatSession(paper.id(), chat.sessionId()).orElseThrow().messages()).hasSize(4);
        }
    }

    @Test
    void aReopenedPaperIsNotEmbeddedAgain() throws IOException {
        Path vectors;
        try (Papyri papyri = papyri()) {
            Paper paper = papyri.open(pdf.toString());
            papyri.answer(paper, "What is the Transformer?");
            vectors = vectorFiles().get(0);
        }
        FileTime written = Files.getLastModifiedTime(vectors);
        try (Papyri papyri = papyri()) {
            Paper paper = papyri.open(pdf.toString());
            assertThat(papyri.answer(paper, "Which optimizer do they use?").text()).contains("Adam");
        }
        assertThat(vectorFiles()).containsExactly(vectors);
        assertThat(Files.getLastModifiedTime(vectors)).as("read, not written again").isEqualTo(written);
    }

    private List<Path> vectorFiles() throws IOException {
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(p -> p.toString().endsWith(".vectors")).toList();
        }
    }
}
