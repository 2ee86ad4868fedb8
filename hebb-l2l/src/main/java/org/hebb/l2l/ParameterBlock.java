package org.hebb.l2l;

import java.io.Serializable;

/**
 * One named block of an individual's parameters, e.g. {@code weights} with 315 values (L2L's "Individual-Dict"
 * entry). A scalar parameter is a block of length 1.
 */
public record ParameterBlock(String name, int length) implements Serializable {
    public ParameterBlock {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("parameter block name: '" + name + "' is not allowed; must be non-blank");
        }
        if (length < 1) {
            throw new IllegalArgumentException("parameter block " + name + " length: " + length
                    + " is not allowed; must be >= 1");
        }
    }
}
