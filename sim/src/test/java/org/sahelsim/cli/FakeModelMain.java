package org.sahelsim.cli;

import org.sahelsim.run.FakeModel;

/**
 * The command line with the stand-in model ({@link FakeModel}, sleeping up to
 * {@code -Dfake.sleep} milliseconds a run, default 2), for tests that run sahelsim in a child
 * JVM and kill it.
 */
public final class FakeModelMain {
    private FakeModelMain() {
    }

    public static void main(String[] args) {
        Hooks.model = new FakeModel(Integer.getInteger("fake.sleep", 2));
        Main.main(args);
    }
}
