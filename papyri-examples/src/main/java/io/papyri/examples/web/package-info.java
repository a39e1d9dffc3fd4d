/**
 * The sample web app ({@code papyri serve}): search arXiv, read a paper's summary with citations,
 * ask, chat and rate, as server-rendered pages with a small script and as a JSON API described by
 * OpenAPI, with metrics, health checks, a structured request log and the usual web defences.
 */
package io.papyri.examples.web;
