/**
 * numpy-compatible random streams: {@link org.hebb.gym.rng.SeedSequence} → {@link org.hebb.gym.rng.Pcg64} →
 * {@link org.hebb.gym.rng.Generator}, bit for bit what {@code np.random.Generator(np.random.PCG64(np.random.SeedSequence(s)))}
 * produces (numpy 2.x; the same algorithms since numpy 1.17). Gymnasium seeds every environment this way
 * ({@code gymnasium.utils.seeding.np_random}), so these classes let any hebb module draw the numbers a Python
 * experiment would draw.
 */
package org.hebb.gym.rng;
