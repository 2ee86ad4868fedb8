package org.hebb.l2l.run;

/**
 * Told after every generation, once its checkpoint is on disk (e.g. to drive a progress bar). Called on the run's
 * thread; a slow listener slows the run. An exception from a listener stops the run (the checkpoint is safe).
 */
@FunctionalInterface
public interface GenerationListener {

    /** One generation is done. */
    void onGeneration(GenerationEvent event);
}
