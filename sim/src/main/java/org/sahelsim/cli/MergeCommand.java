package org.sahelsim.cli;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sahelsim.scenario.Sweep;
import org.sahelsim.sweep.MergeJob;
import org.sahelsim.sweep.SweepJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code merge DIR... --out DIR}: joins the shard folders of one sweep ({@code sweep --shard
 * I/N}) into the folder a single machine would have written. Checks first that the folders
 * are shards 1 to N of the same sweep, each complete and given once; writes nothing otherwise
 * (exit 2).
 */
@Command(name = "merge", header = "Join the shard folders of one sweep into one result folder.",
        description = {"Checks that the folders are shards 1..N of the same sweep (same sweep file, resolved",
            "sweep, seed, design and N), each complete and given once, then writes a new folder with",
            "their rows in shard order and points.csv, summary.csv, sensitivity.csv, charts/ and",
            "discovery.csv computed over all runs: byte for byte the CSV files of the same sweep run",
            "on one machine."},
        footer = {"", "Example:", "  sahelsim merge results/my/shard-1-of-3 results/my/shard-2-of-3 results/my/shard-3-of-3"
            + " --out results/my/merged"})
final class MergeCommand extends BaseCommand {
    @Parameters(index = "0..*", arity = "1..*", paramLabel = "DIR", description = "The shard folders, in any order.")
    List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The merged folder, which must not exist.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Folders.checkFresh(out);
        MergeJob.Outcome r;
        try {
            r = MergeJob.execute(new MergeJob.Spec(args(), shards, out));
        } catch (SweepJob.FolderException e) {
            throw new BadInputException(e.getMessage());
        } catch (FileAlreadyExistsException e) {
            throw Folders.appeared(out);
        }
        Sweep s = r.plan().sweep();
        stdout().printf(Locale.ROOT, "merge %s: %d shards, %s design, %d points x %d replication%s = %d runs, in %.1f s:"
                        + " %s%n", s.name(), r.shards(), s.design().label(), r.plan().points(), s.replications(),
                s.replications() == 1 ? "" : "s", r.runs(), r.wall().toNanos() / 1e9, r.folder());
        SweepCommand.printAnalysis(stdout(), r.analysis());
        return Main.OK;
    }
}
