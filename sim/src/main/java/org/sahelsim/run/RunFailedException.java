package org.sahelsim.run;

/** A run threw: names the run and its seed so it can be replayed alone, and keeps the cause. */
public final class RunFailedException extends Exception {
    private final RunKey key;

    public RunFailedException(RunKey key, Throwable cause) {
        super("run " + key.runId() + " (variant " + key.variant() + ", rep " + key.rep() + ", seed " + key.seed()
                + ") failed: " + cause, cause);
        this.key = key;
    }

    public RunKey key() {
        return key;
    }
}
