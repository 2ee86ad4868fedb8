/**
 * The contract between {@link org.hebb.sim.Network} and its parts: {@link org.hebb.sim.kernel.Kernel} (what a node
 * group or a connection table may ask of the network: resolution, node registry, spike emission, current
 * delivery), {@link org.hebb.sim.kernel.NodeGroup} (the base of every neuron, device and recorder block),
 * {@link org.hebb.sim.kernel.RingBuffer} (delayed input) and {@link org.hebb.sim.kernel.ParameterCheck} (the
 * one-line errors). Internal: users of the simulator name only {@code org.hebb.sim}.
 */
package org.hebb.sim.kernel;
