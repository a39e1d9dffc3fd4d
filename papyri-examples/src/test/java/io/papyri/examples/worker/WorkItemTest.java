package io.papyri.examples.worker;

import io.papyri.api.PaperId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The message body of a work item. */
class WorkItemTest {

    @Test
    void readsAndWritesTheBody() {
        WorkItem item = WorkItem.fromJson("{\"paper_id\":\"arxiv:1706.03762\"}");
        assertThat(item.paperId()).isEqualTo(PaperId.parse("arxiv:1706.03762"));
        assertThat(item.toJson()).isEqualTo("{\"paper_id\":\"arxiv:1706.03762\"}");
        assertThat(WorkItem.fromJson(item.toJson())).isEqualTo(item);
    }

    @Test
    void aBareArxivIdIsAnArxivPaper() {
        assertThat(WorkItem.fromJson("{\"paper_id\":\" 1706.03762v5 \"}").paperId().toString()).isEqualTo("arxiv:1706.03762v5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not json", "[]", "{}", "{\"paper_id\":17}", "{\"paper_id\":\"\"}",
            "{\"paper_id\":\"../etc/passwd\"}", "{\"paper_id\":\"/tmp/x.pdf\"}", "{\"paper_id\":\"arxiv:a..b\"}"})
    void malformedBodiesAreRefusedWithWhatIsWrong(String body) {
        assertThatThrownBy(() -> WorkItem.fromJson(body)).isInstanceOf(MalformedWorkItemException.class)
                .message().isNotBlank();
    }
}
