/**
 * The passage index of one paper: its paragraphs as passages, their sentences with embeddings,
 * and a BM25 index, searched together. The embeddings are kept with the paper in the store, so a
 * paper is embedded once.
 */
package io.papyri.local.index;
