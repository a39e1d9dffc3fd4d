package io.papyri.core;

import io.papyri.api.Answer;
import io.papyri.api.ChatSession;
import io.papyri.api.FeedbackTarget;
import io.papyri.api.Paper;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;
import io.papyri.core.experiment.Experiment;
import io.papyri.core.experiment.Variant;
import io.papyri.core.internal.StageKind;

import java.util.Objects;

/**
 * What one user or session is served within an A/B experiment, from {@link Papyri#assign}. Outputs
 * of the experiment's target come from the assigned variant's provider and settings and are recorded
 * as exposures of that variant; everything else is served as {@link Papyri} serves it.
 *
 * <p>Instances are cheap and thread-safe; variants' stages are created once per {@link Papyri}.
 */
public final class AssignedVariant {

    private final Papyri papyri;
    private final Experiment experiment;
    private final Variant variant;
    private final String unitId;

    AssignedVariant(Papyri papyri, Experiment experiment, Variant variant, String unitId) {
        this.papyri = Objects.requireNonNull(papyri, "papyri");
        this.experiment = Objects.requireNonNull(experiment, "experiment");
        this.variant = Objects.requireNonNull(variant, "variant");
        this.unitId = Objects.requireNonNull(unitId, "unitId");
    }

    /** @return the experiment */
    public Experiment experiment() {
        return experiment;
    }

    /** @return the variant the unit is assigned */
    public Variant variant() {
        return variant;
    }

    /** @return the user or session id */
    public String unitId() {
        return unitId;
    }

    /**
     * Summarizes a paper: with the variant's summarizer when the experiment is on summaries.
     *
     * @param paper the paper
     * @param style the kind of summary
     * @return the summary
     */
    public Summary summarize(Paper paper, SummaryStyle style) {
        if (experiment.target() != FeedbackTarget.SUMMARY) {
            return papyri.summarize(paper, style);
        }
        Summary summary = papyri.summarize(papyri.variantSlot(StageKind.SUMMARIZER, variant), paper, style);
        papyri.recordExposure(experiment, variant, unitId, summary.outputId(), summary.paperId());
        return summary;
    }

    /**
     * Answers a question: with the variant's answerer when the experiment is on answers.
     *
     * @param paper    the paper
     * @param question the question
     * @return the answer
     */
    public Answer answer(Paper paper, String question) {
        if (experiment.target() != FeedbackTarget.ANSWER) {
            return papyri.answer(paper, question);
        }
        Answer answer = papyri.answer(papyri.variantSlot(StageKind.ANSWERER, variant), paper, question);
        papyri.recordExposure(experiment, variant, unitId, answer.outputId(), answer.paperId());
        return answer;
    }

    /**
     * Opens a chat: with the variant's chat agent when the experiment is on chats or chat replies.
     * An experiment on whole chats records the chat as the exposure.
     *
     * @param paper the paper
     * @return the new session
     */
    public ChatSession startChat(Paper paper) {
        if (!onChats()) {
            return papyri.startChat(paper);
        }
        ChatSession session = papyri.startChat(papyri.variantSlot(StageKind.CHAT, variant), paper);
        if (experiment.target() == FeedbackTarget.CHAT) {
            papyri.recordExposure(experiment, variant, unitId, session.sessionId(), session.paperId());
        }
        return session;
    }

    /**
     * Replies in a chat: with the variant's chat agent when the experiment is on chats or chat
     * replies. An experiment on replies records each reply as an exposure.
     *
     * @param paper   the paper
     * @param session the conversation so far
     * @param message the user's message
     * @return the session with the message and its reply appended
     */
    public ChatSession reply(Paper paper, ChatSession session, String message) {
        if (!onChats()) {
            return papyri.reply(paper, session, message);
        }
        ChatSession updated = papyri.reply(papyri.variantSlot(StageKind.CHAT, variant), paper, session, message);
        if (experiment.target() == FeedbackTarget.CHAT_REPLY) {
            var reply = updated.messages().get(updated.messages().size() - 1);
            papyri.recordExposure(experiment, variant, unitId, reply.outputId(), updated.paperId());
        }
        return updated;
    }

    private boolean onChats() {
        return experiment.target() == FeedbackTarget.CHAT || experiment.target() == FeedbackTarget.CHAT_REPLY;
    }
}
