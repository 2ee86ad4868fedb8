package org.hebb.gym;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The tasks by Gymnasium id, as {@code gymnasium.make(id)}: each comes with its registered time limit
 * ({@code max_episode_steps}) and reward threshold.
 *
 * {@snippet :
 * Env env = Registry.make("CartPole-v1");
 * VectorEnv population = Registry.makeVec("MountainCar-v0", 1024);
 * }
 */
public final class Registry {

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    private record Entry(EnvSpec spec, Supplier<ClassicControlEnv> factory) {
    }

    static {
        add(MountainCarV0.SPEC, MountainCarV0::new);
        add(MountainCarContinuousV0.SPEC, MountainCarContinuousV0::new);
        add(CartPoleV1.SPEC, CartPoleV1::new);
        add(PendulumV1.SPEC, PendulumV1::new);
        add(AcrobotV1.SPEC, AcrobotV1::new);
    }

    private Registry() {
    }

    private static void add(EnvSpec spec, Supplier<ClassicControlEnv> factory) {
        ENTRIES.put(spec.id(), new Entry(spec, factory));
    }

    /** The registered ids, in registration order. */
    public static List<String> ids() {
        return List.copyOf(ENTRIES.keySet());
    }

    /** The spec registered under id; an unknown id is refused with the list of known ids. */
    public static EnvSpec spec(String id) {
        return entry(id).spec();
    }

    /** A new task, as {@code gymnasium.make(id)}: time limit applied, order enforced. */
    public static Env make(String id) {
        return entry(id).factory().get();
    }

    /** N independent copies of the task stepped together, with next-step autoreset. */
    public static VectorEnv makeVec(String id, int numEnvs) {
        Entry e = entry(id);
        if (numEnvs < 1) {
            throw new IllegalArgumentException("num_envs: " + numEnvs + " is not allowed; must be >= 1");
        }
        ClassicControlEnv[] envs = new ClassicControlEnv[numEnvs];
        for (int i = 0; i < numEnvs; i++) {
            envs[i] = e.factory().get();
        }
        return new VectorEnv(envs);
    }

    private static Entry entry(String id) {
        Entry e = ENTRIES.get(id);
        if (e == null) {
            throw new IllegalArgumentException("environment id: '" + id + "' is not allowed; must be one of "
                    + String.join(", ", ENTRIES.keySet()));
        }
        return e;
    }
}
