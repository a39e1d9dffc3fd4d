package io.papyri.examples.worker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.papyri.api.PaperId;
import io.papyri.core.Papyri;

import java.util.Objects;

/**
 * One unit of work: a paper to prepare. Its message body is {@code {"paper_id":"arxiv:1706.03762"}}.
 *
 * @param paperId the paper
 */
public record WorkItem(PaperId paperId) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY_CHARS = 4096;

    /**
     * @param paperId the paper
     */
    public WorkItem {
        Objects.requireNonNull(paperId, "paperId");
    }

    /**
     * Reads a message body.
     *
     * @param body the body, such as {@code {"paper_id":"arxiv:1706.03762"}}
     * @return the work item
     * @throws MalformedWorkItemException when the body is not such an object or the id is not a paper id
     */
    public static WorkItem fromJson(String body) {
        if (body == null || body.isBlank()) {
            throw new MalformedWorkItemException("The message body is empty; expected {\"paper_id\":\"arxiv:...\"}.");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new MalformedWorkItemException("The message body has " + body.length() + " characters; a work item"
                    + " has fewer than " + MAX_BODY_CHARS + ".");
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedWorkItemException("The message body is not JSON: " + e.getOriginalMessage());
        }
        JsonNode id = json == null ? null : json.get("paper_id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw new MalformedWorkItemException("The message body has no \"paper_id\" text; expected"
                    + " {\"paper_id\":\"arxiv:...\"}.");
        }
        try {
            return new WorkItem(Papyri.paperId(id.asText().strip()));
        } catch (RuntimeException e) {
            // a file path or an id with forbidden characters: never a paper this worker can fetch
            throw new MalformedWorkItemException("\"paper_id\" is not a paper id: " + e.getMessage());
        }
    }

    /** @return the message body for this item */
    public String toJson() {
        return JSON.createObjectNode().put("paper_id", paperId.toString()).toString();
    }
}
