/**
 * Synapses and plasticity. The connection tables store every connection of one synapse model as primitive
 * columns in compressed rows by source ({@link org.hebb.sim.synapse.SynapseTable} for {@code static_synapse},
 * {@link org.hebb.sim.synapse.PlasticSynapseTable} under {@code stdp_synapse}, {@code stdp_dopamine_synapse},
 * {@code stdp_trace_synapse}, {@code mstdp_synapse}, {@code three_factor_stdp_synapse}), with the
 * {@code volume_transmitter} and the postsynaptic spike archive they need.
 *
 * <p>The plasticity rules also exist as plain Java, usable without a {@link org.hebb.sim.Network} (e.g. by a
 * learning agent): the report's trace rule ({@link org.hebb.sim.synapse.TraceStdp}, eq. 8-12), the STDP
 * eligibility term ({@link org.hebb.sim.synapse.EligibilityTrace}), Florian's MSTDP/MSTDPET
 * ({@link org.hebb.sim.synapse.FlorianStdp}) and the three-factor rule of eq. 3
 * ({@link org.hebb.sim.synapse.ThreeFactorStdp}). The network synapse models use the same arithmetic; see
 * docs/plasticity.md.
 */
package org.hebb.sim.synapse;
