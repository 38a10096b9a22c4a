package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelsim.arch.MainClasses;
import org.sahelsim.model.MonthlyCycle;
import org.sahelsim.model.Phase;
import org.sahelsim.model.Snapshot;
import org.sahelsim.model.Stream;
import org.sahelsim.model.Streams;
import org.sahelsim.model.Tiny;
import org.sahelsim.record.Event;
import org.sahelsim.world.Faction;
import org.sahelsim.world.World;

/**
 * The contract every {@link Mechanism} passes, one case per step of the month and of the set-up
 * ({@link MonthlyCycle}, the one list every run goes through): it runs on a small world
 * ({@link ContractWorld}) and leaves it sound; the same world and the same stream give the same
 * world and the same events; it draws only from its own stream, as docs/MODEL.md says (the
 * section of the mechanism names its stream, or none; the table of streams in 4.9 says what it
 * draws): a mechanism without a stream is handed none and so cannot draw; one with a stream is
 * the only one of the month to draw from it, and its stream is left as many uniforms on as the
 * row of the table says. A mechanism of main code that is not a step of the month or of the set-up fails
 * {@link #everyMechanismOfMainCodeIsAStepOfTheMonthAndEveryStreamHasOneMechanism}.
 */
class MechanismContractTest {

    /** A step: the phase it belongs to ("set-up" for the pass before step 0), its mechanism and stream. */
    record Step(String phase, Mechanism mechanism, Stream stream) {
        @Override
        public String toString() {
            return phase + ": " + mechanism.getClass().getSimpleName();
        }

        /** Its stream as a run of this seed makes it (null for a mechanism without one). */
        MersenneTwisterFast random(long seed) {
            return stream == null ? null : new Streams(seed).get(stream);
        }
    }

    static List<Step> steps() {
        List<Step> out = new ArrayList<>();
        for (Phase p : MonthlyCycle.PHASES) {
            for (Phase.Step s : p.steps()) {
                out.add(new Step(p.name(), s.mechanism(), s.stream()));
            }
        }
        for (Phase.Step s : MonthlyCycle.SETUP) {
            out.add(new Step("set-up", s.mechanism(), s.stream()));
        }
        return out;
    }

    /** Numbers drawn in a month, as docs/MODEL.md 4.9 says: at least, at most, in multiples of. */
    record Draws(long least, long most, int per) {
        static Draws exactly(long n) {
            return new Draws(n, n, 1);
        }
    }

    /** What each stream's mechanism draws in a month of a world, as the table of streams in docs/MODEL.md 4.9 says. */
    static final Map<Stream, Function<World, Draws>> DRAWS = new EnumMap<>(Map.ofEntries(
            Map.entry(Stream.INTEGRATION, w -> Draws.exactly(w.inputs.integrationOn ? w.factions.size() : 0)),
            Map.entry(Stream.STRIKES, w -> Draws.exactly(PressureTerm.ctThreat(w) > 0 ? jihadists(w).size() : 0)),
            Map.entry(Stream.ALIGNMENT, w -> new Draws(w.factions.size(), 2L * w.factions.size(), 1)),
            Map.entry(Stream.SPLITS, w -> {
                long least = 0;
                long most = 0;
                for (Faction f : w.factions) {
                    if (f.blocs.size() >= 2) {
                        least += 2;
                        most += 2L * f.blocs.size();
                    }
                }
                return new Draws(least, most, 2);
            }),
            Map.entry(Stream.MERGERS, w -> {
                long pairs = (long) w.factions.size() * (w.factions.size() - 1) / 2;
                return new Draws(pairs, 2 * pairs, 1);
            }),
            Map.entry(Stream.MOBILIZATION, w -> Draws.exactly(w.latent.size())),
            Map.entry(Stream.CLASHES, w -> Draws.exactly(3L * w.routes.length + 1)),
            Map.entry(Stream.ATTACKS, w -> Draws.exactly(4L * w.regions.length)),
            Map.entry(Stream.CONTROL, w -> Draws.exactly(2L * w.places.length)),
            Map.entry(Stream.RECOGNITION, w -> Draws.exactly(
                    w.accordInForce && w.recognitionRate > 0 && w.recognitionShare > 0
                            ? w.factions.stream().filter(Recognition::eligible).count() : 0)),
            Map.entry(Stream.PLEDGES, w -> {
                boolean open = w.pledgesOpen || jihadists(w).stream().anyMatch(f -> Pledges.IS.equals(f.allegiance));
                long blocs = 0;
                for (Faction f : jihadists(w)) {
                    if (!Pledges.IS.equals(f.allegiance)) {
                        blocs += f.blocs.stream().filter(b -> !Pledges.IS.equals(b.allegiance)).count();
                    }
                }
                return Draws.exactly(open ? blocs : 0);
            }),
            Map.entry(Stream.COMMUNAL, w -> new Draws(0, Long.MAX_VALUE, 2)),
            Map.entry(Stream.EXPANSION, w -> new Draws(0, jihadists(w).size(), 1))));

    private static List<Faction> jihadists(World w) {
        return w.factions.stream().filter(f -> f.alive && f.isJihadist()).toList();
    }

    /**
     * How many uniforms were drawn from a generator: the number of {@code nextDouble} calls that
     * bring a copy of it as it was to the state it is in, or -1 if none up to {@code most} does
     * (it drew something else, or more).
     */
    static long uniformsDrawn(MersenneTwisterFast was, MersenneTwisterFast is, long most) {
        MersenneTwisterFast probe = (MersenneTwisterFast) was.clone();
        for (long k = 0; k <= most; k++) {
            if (probe.stateEquals(is)) {
                return k;
            }
            probe.nextDouble();
        }
        return -1;
    }

    /** The world of a seed after two months, its events kept in {@code events}, ready for a mechanism (as a run is). */
    private static World world(long seed, List<Event> events) {
        World w = ContractWorld.after(seed, 2).world();
        w.journal = Tiny.journal(events);
        w.version++;
        return w;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void runsOnASmallWorldAndLeavesItSound(Step s) {
        for (long seed = 1; seed <= 3; seed++) {
            World w = world(seed, new ArrayList<>());
            s.mechanism().apply(w, s.random(seed));
            Tiny.assertSound(w);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void theSameWorldAndStreamGiveTheSameWorldAndEvents(Step s) {
        List<Event> a = new ArrayList<>();
        List<Event> b = new ArrayList<>();
        World first = world(7, a);
        World second = world(7, b);
        s.mechanism().apply(first, s.random(7));
        s.mechanism().apply(second, s.random(7));
        assertEquals(Snapshot.of(first), Snapshot.of(second));
        assertEquals(a, b);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void drawsOnlyFromItsOwnStreamWhatTheDocumentationSays(Step s) {
        String docs = docsStreams().get(s.mechanism().getClass().getSimpleName());
        if (s.stream() == null) {
            // handed no generator, it cannot draw (the set-up draws nothing, docs/MODEL.md 3.2)
            assertTrue(s.phase().equals("set-up") || docs == null, s + ": docs/MODEL.md names the stream " + docs);
            return;
        }
        assertEquals(s.stream().name(), docs, "the stream docs/MODEL.md names in the mechanism's section");
        assertEquals(s.mechanism().getClass().getSimpleName(), docsTable().get(s.stream().name()),
                "the mechanism docs/MODEL.md 4.9 gives the stream");
        long users = steps().stream().filter(o -> o.stream() == s.stream()).count();
        assertEquals(1, users, "no other mechanism draws from " + s.stream());
        World w = world(11, new ArrayList<>());
        Draws documented = DRAWS.get(s.stream()).apply(w);
        MersenneTwisterFast stream = s.random(11);
        MersenneTwisterFast was = (MersenneTwisterFast) stream.clone();
        s.mechanism().apply(w, stream);
        long drawn = uniformsDrawn(was, stream, 100_000);
        assertTrue(drawn >= documented.least() && drawn <= documented.most() && drawn % documented.per() == 0,
                s + " drew " + drawn + " uniforms from its stream, documented " + documented);
    }

    @Test
    void everyMechanismOfMainCodeIsAStepOfTheMonthAndEveryStreamHasOneMechanism() {
        List<String> steps = steps().stream().map(s -> s.mechanism().getClass().getName()).distinct().sorted().toList();
        assertEquals(MainClasses.implementing(Mechanism.class), steps,
                "every mechanism of main code is a step of the month or of the set-up, and so has its contract here");
        TreeSet<Stream> used = new TreeSet<>();
        for (Step s : steps()) {
            if (s.stream() != null) {
                used.add(s.stream());
            }
        }
        TreeSet<Stream> drawing = new TreeSet<>(List.of(Stream.values()));
        drawing.remove(Stream.SIMSTATE);
        assertEquals(drawing, used, "every stream but MASON's own is a mechanism's");
        assertEquals(drawing, new TreeSet<>(DRAWS.keySet()), "and what it draws is counted here");
        assertNull(docsTable().get(Stream.SIMSTATE.name()), "no mechanism draws from MASON's own generator");
    }

    private static final Pattern HEADING = Pattern.compile("^### [0-9.]+ [^(]*\\(`rules/(\\w+)`([^)]*)\\)", Pattern.MULTILINE);
    private static final Pattern HEADING_STREAM = Pattern.compile("stream `(\\w+)`");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(\\w+)` \\| `(\\w+)` \\|", Pattern.MULTILINE);

    private static String modelDocs() {
        try {
            return Files.readString(Tiny.root().resolve("docs").resolve("MODEL.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each mechanism whose section of docs/MODEL.md (section 7) names a stream in its heading, with it. */
    private static Map<String, String> docsStreams() {
        Map<String, String> out = new HashMap<>();
        Matcher m = HEADING.matcher(modelDocs());
        while (m.find()) {
            Matcher s = HEADING_STREAM.matcher(m.group(2));
            if (s.find()) {
                out.put(m.group(1), s.group(1));
            }
        }
        return out;
    }

    /** The table of streams of docs/MODEL.md 4.9: each stream with the mechanism it is for. */
    private static Map<String, String> docsTable() {
        Map<String, String> out = new HashMap<>();
        Matcher m = TABLE_ROW.matcher(modelDocs());
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }
}
