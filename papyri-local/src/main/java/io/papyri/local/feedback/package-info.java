/**
 * The {@code local} {@link io.papyri.api.spi.FeedbackStore}: ratings in an embedded SQLite database
 * beside the local paper store.
 */
package io.papyri.local.feedback;
