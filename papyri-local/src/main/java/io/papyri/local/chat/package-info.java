/**
 * The {@code local} chat agent: multi-turn conversations about a paper, answered from the paper
 * itself. Follow-up questions are resolved against the conversation before they are answered,
 * and every reply cites the passages it comes from.
 */
package io.papyri.local.chat;
