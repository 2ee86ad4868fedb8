/**
 * Neuron models, one class per NEST model with NEST's parameter names, defaults and exact-integration
 * update ({@code iaf_psc_alpha}, {@code iaf_psc_exp}, {@code iaf_psc_delta}, {@code parrot_neuron}), their
 * common base {@link org.hebb.sim.neuron.NeuronGroup} (ring-buffered input, recordables) and the propagators
 * computed with NEST's own {@code expm1}. Internal: created through {@link org.hebb.sim.Network#create}.
 */
package org.hebb.sim.neuron;
