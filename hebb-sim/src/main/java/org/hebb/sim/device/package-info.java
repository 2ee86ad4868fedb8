/**
 * Stimulating devices with NEST's timing rules: {@code dc_generator}, {@code step_current_generator},
 * {@code spike_generator}, {@code poisson_generator}, over their common start/stop logic
 * {@link org.hebb.sim.device.StimulatorGroup}. Internal: created through {@link org.hebb.sim.Network#create};
 * a dc_generator's amplitude is set every step through {@link org.hebb.sim.DcAmplitude}.
 */
package org.hebb.sim.device;
