/**
 * Plasticity rules as plain Java, usable without a {@link org.hebb.sim.Network} (e.g. by a learning agent):
 * the report's trace rule ({@link org.hebb.sim.synapse.TraceStdp}, eq. 8-12), the STDP eligibility term
 * ({@link org.hebb.sim.synapse.EligibilityTrace}), Florian's MSTDP/MSTDPET ({@link org.hebb.sim.synapse.FlorianStdp})
 * and the three-factor rule of eq. 3 ({@link org.hebb.sim.synapse.ThreeFactorStdp}), plus the weight_recorder CSV.
 * The network synapse models {@code stdp_trace_synapse}, {@code mstdp_synapse} and
 * {@code three_factor_stdp_synapse} use the same arithmetic; see docs/plasticity.md.
 */
package org.hebb.sim.synapse;
