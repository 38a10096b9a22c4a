package org.sahelsim.scenario;

import org.sahelsim.domain.Kind;

/** A named coalition at the start. Members are named by each faction's {@code coalition}. */
public record CoalitionSpec(
        @Param(doc = "Full name", def = "''") String name,
        @Param(doc = "Kind of the coalition's core: separatist, progovernment, community_militia or jihadist") Kind kind,
        @Param(doc = "Whether the coalition signed the peace accord before the start; its members at signature are signatories", def = "false") boolean signatory) {
}
