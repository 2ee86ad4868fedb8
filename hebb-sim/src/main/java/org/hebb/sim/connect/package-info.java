/**
 * Connection building: {@link org.hebb.sim.connect.ConnectionRule} expands a {@link org.hebb.sim.ConnSpec}
 * (all_to_all, one_to_one, fixed_indegree, fixed_outdegree, pairwise_bernoulli) into (source, target) pairs in
 * NEST's iteration order; the synapse tables then draw weights and delays from the {@link org.hebb.sim.SynSpec}.
 */
package org.hebb.sim.connect;
