/**
 * The worker of the scale-out ({@code papyri worker}): it takes work items (papers to prepare)
 * from an SQS queue, prepares each (PDF kept, paper extracted and cleaned, indexed and summarized)
 * and serves its health and metrics.
 */
package io.papyri.examples.worker;
