/**
 * Feedback beyond the store: {@link io.papyri.core.feedback.FeedbackExport} turns rated outputs
 * into versioned datasets for retraining (JSON Lines, Amazon Bedrock fine-tuning) and for human
 * labelling (a SageMaker Ground Truth input manifest).
 */
package io.papyri.core.feedback;
