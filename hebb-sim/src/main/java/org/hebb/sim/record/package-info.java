/**
 * Recording devices: {@code multimeter}, {@code spike_recorder}, {@code weight_recorder} over growing primitive
 * event columns ({@link org.hebb.sim.record.RecorderGroup}), the links from sources to spike recorders, and the
 * weight_recorder CSV writer. Their events reach users as {@link org.hebb.sim.SpikeEvents},
 * {@link org.hebb.sim.MultimeterEvents} and {@link org.hebb.sim.WeightEvents}.
 */
package org.hebb.sim.record;
