package org.hebb.gym;

import java.util.Map;

/**
 * What {@code reset} returns, as Gymnasium's {@code (observation, info)}.
 *
 * @param observation the float32 observation (the caller owns the array)
 * @param info        extra information; empty for the classic-control tasks
 */
public record ResetResult(float[] observation, Map<String, Object> info) {
}
