/**
 * The pipeline: one {@link org.dateline.model.Article} in, one
 * {@link org.dateline.model.Record} out ({@link org.dateline.pipeline.Pipeline}), and
 * many articles on all cores in input order ({@link org.dateline.pipeline.BatchRunner}).
 */
package org.dateline.pipeline;
