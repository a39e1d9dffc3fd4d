/**
 * The local, extractive summarizer: scores every sentence of a paper's passage index by centrality,
 * title similarity, position, section role and cue phrases, and picks the best ones without repeating
 * itself, so that every summary sentence is a sentence of the paper with its section and page.
 */
package io.papyri.local.summarize;
