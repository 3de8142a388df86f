/**
 * The verdict cache of issue 16: keys hashed from what a result depends on, entries written atomically
 * and read without trust. Knows the models (claims, results, settings) but not the pipeline that runs them;
 * never decides a verdict.
 */
package zipfscale.pipeline.cache;
