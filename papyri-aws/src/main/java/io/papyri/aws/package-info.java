/**
 * AWS providers for Papyri: S3 paper store and source, Textract extractor, Bedrock models,
 * DynamoDB feedback and metadata, SQS work queue.
 */
package io.papyri.aws;
