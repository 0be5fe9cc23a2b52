/**
 * Resampling statistics over documents: bootstrap confidence intervals and the paired approximate
 * randomisation test.
 *
 * <p>Pure numerics on arrays and functions: it depends on no other package of the project.
 */
package org.annocorpus.eval.stats;
