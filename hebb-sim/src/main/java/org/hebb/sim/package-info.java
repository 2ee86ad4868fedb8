/**
 * hebb's simulator kernel: NEST's time-driven scheme, models, devices and connection rules in plain Java.
 *
 * <p>Entry point: {@link org.hebb.sim.Network} ({@code create}, {@code connect}, {@code simulate},
 * {@code get}/{@code set}). Models are addressed by their NEST names with NEST's parameter names, units
 * (mV, ms, pF, pA, Hz) and defaults; {@link org.hebb.sim.Models} lists them with their parameters and
 * recordables. {@link org.hebb.sim.ConnSpec} and {@link org.hebb.sim.SynSpec} follow NEST's conn_spec and
 * syn_spec dictionaries and can be built from such dictionaries. Recorded data comes back as primitive
 * arrays: {@link org.hebb.sim.SpikeEvents}, {@link org.hebb.sim.MultimeterEvents},
 * {@link org.hebb.sim.WeightEvents}.
 *
 * <p>Rooms: this package is the user-facing API; the parts behind it are {@code kernel} (the narrow
 * {@link org.hebb.sim.kernel.Kernel} every node group and connection table receives instead of the network),
 * {@code neuron}, {@code device} (stimulators), {@code synapse} (connection tables and plasticity),
 * {@code connect} (connection rules) and {@code record} (recorders). Code outside hebb-sim names only this
 * package and {@code org.hebb.sim.synapse}'s standalone plasticity rules.
 *
 * <p>Agreement with NEST 3.9: the neuron models reproduce NEST's golden runs bit for bit (propagators
 * with NEST's own {@code expm1}, NEST's evaluation order, no FMA). One deliberate difference: a
 * multimeter returns its samples up to and including the current time, where NEST withholds the last
 * min_delay of each Simulate call.
 */
package org.hebb.sim;
