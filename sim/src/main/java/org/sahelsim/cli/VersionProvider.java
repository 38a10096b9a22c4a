package org.sahelsim.cli;

import org.sahelsim.run.Provenance;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: program version and, when known, the git commit it was built from. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        Object commit = Provenance.git().get("commit");
        return new String[] {
            "sahelsim " + Provenance.version() + ("unknown".equals(commit) ? "" : " (git " + commit + ")"),
            "Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name")
        };
    }
}
