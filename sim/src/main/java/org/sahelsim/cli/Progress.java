package org.sahelsim.cli;

import java.util.function.IntConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on stderr, shown only when a terminal is attached so that logs and pipes get
 * no control characters.
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    /**
     * A bar that starts at {@code done} of {@code total} (a resumed sweep), so that its ETA
     * counts only the work still to do.
     */
    Progress(String task, long total, long done) {
        bar = System.console() == null ? null
                : new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUpdateIntervalMillis(250)
                        .startsFrom(done, java.time.Duration.ZERO)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    /** Changes the total (a comparison with --ci-width learns it round by round). */
    void total(long total) {
        if (bar != null) {
            bar.maxHint(total);
        }
    }

    IntConsumer listener() {
        return bar == null ? n -> { } : n -> bar.stepTo(n);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
