package org.sahelsim.run;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.csv.CSVPrinter;
import org.sahelsim.record.DetailKeys;
import org.sahelsim.record.EventType;
import org.sahelsim.record.MetricDef;
import org.sahelsim.record.Metrics;

/**
 * {@code codebook.csv}: {@code name,kind,unit,definition} for every metric (kind {@code count}
 * or {@code level}), every event type (kind {@code event}, unit empty) and every key of the
 * events' detail (kind {@code detail}), in the order of {@link Metrics#ALL}, {@link EventType}
 * and {@link DetailKeys#ALL}.
 */
public final class Codebook {
    private Codebook() {
    }

    public static void write(Path dir) throws IOException {
        try (CSVPrinter p = ResultTables.create(dir.resolve(Columns.CODEBOOK))) {
            p.printRecord(Columns.CODEBOOK_COLUMNS);
            for (MetricDef m : Metrics.ALL) {
                p.printRecord(m.name(), m.kind().label(), m.unit(), m.definition());
            }
            for (EventType t : EventType.values()) {
                p.printRecord(t.label(), "event", "", t.definition());
            }
            for (DetailKeys.Key k : DetailKeys.ALL) {
                p.printRecord(k.name(), "detail", k.unit(), k.definition());
            }
        }
    }
}
