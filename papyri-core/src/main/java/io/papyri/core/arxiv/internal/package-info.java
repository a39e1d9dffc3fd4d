/**
 * How the arXiv source works inside: request URLs, pacing, retries, the host allow-list, the Atom
 * parser, paging and PDF download. Not for users; the types may change without notice.
 */
package io.papyri.core.arxiv.internal;
