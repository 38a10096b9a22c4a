package org.sahelsim.data;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** Broken copies of the bundled files must fail loudly, naming file, line and column. */
class GazetteerValidationTest {

    /** Loads the real data with one file's text rewritten. */
    private static Gazetteer loadWith(String file, UnaryOperator<String> edit) {
        return Gazetteer.load(name -> {
            InputStream real = Gazetteer.class.getResourceAsStream(Gazetteer.FOLDER + name);
            if (!name.equals(file)) {
                return real;
            }
            if (real == null) {
                return null;
            }
            try (real) {
                String text = new String(real.readAllBytes(), StandardCharsets.UTF_8);
                String changed = edit.apply(text);
                return changed == null ? null : new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String failure(String file, UnaryOperator<String> edit) {
        return assertThrows(IllegalStateException.class, () -> loadWith(file, edit)).getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "message should mention '" + p + "': " + message);
        }
    }

    @Test
    void loadsTheUntouchedData() {
        assertTrue(loadWith("routes.csv", s -> s).routes().size() >= 20);
    }

    @Test
    void rejectsPlaceInUnknownRegionWithLineAndColumn() {
        String m = failure("places.csv", s -> s.replace("Tabankort,Gao,", "Tabankort,Atlantis,"));
        assertMentions(m, "places.csv", "line ", "column 'region'", "Atlantis");
    }

    @Test
    void rejectsRouteWithUnknownEndpoint() {
        String m = failure("routes.csv", s -> s.replace("Gao-Tabankort,Gao,Tabankort", "Gao-Tabankort,Gao,Tabancort"));
        assertMentions(m, "routes.csv", "column 'to'", "Tabancort");
    }

    @Test
    void rejectsDuplicateRouteIdNamingTheFirstOccurrence() {
        String m = failure("routes.csv", s -> s.replace("Gao-Bourem,Gao,Bourem", "Gao-Tabankort,Gao,Bourem"));
        assertMentions(m, "routes.csv", "column 'id'", "duplicate route 'Gao-Tabankort'", "first at routes.csv line");
    }

    @Test
    void rejectsDuplicateFactionId() {
        String m = failure("factions-2015-06.csv", s -> s.replace("\nHCUA,", "\nMNLA,"));
        assertMentions(m, "factions-2015-06.csv", "column 'id'", "duplicate faction 'MNLA'");
    }

    @Test
    void rejectsBlocSharesNotSummingToOne() {
        String m = failure("blocs.csv", s -> s.replace("GK,Songhai,1.0,", "GK,Songhai,0.9,"));
        assertMentions(m, "blocs.csv", "column 'share'", "GK in 2012-01", "sum to 0.9");
    }

    @Test
    void rejectsALeadershipThatIsNotYesOrEmpty() {
        String m = failure("blocs.csv", s -> s.replace("MNLA,Daoussahak,0.2,0.8,community_militia,,yes,",
                "MNLA,Daoussahak,0.2,0.8,community_militia,,true,"));
        assertMentions(m, "blocs.csv", "column 'leadership'", "'true' is not yes or empty");
    }

    @Test
    void rejectsEmptySource() {
        String m = failure("routes.csv", s -> s.replaceFirst("(?m)^(Gao-Bourem,Gao,Bourem,[^,]*,\\d+),.*$", "$1,"));
        assertMentions(m, "routes.csv", "column 'source'", "empty");
    }

    @Test
    void rejectsMissingFileByName() {
        String m = failure("communities.csv", s -> null);
        assertMentions(m, "communities.csv", "missing");
    }

    @Test
    void rejectsMissingColumnInHeader() {
        String m = failure("regions.csv", s -> s.replaceFirst("state_presence", "presence"));
        assertMentions(m, "regions.csv", "line 1", "column 'state_presence'");
    }

    @Test
    void rejectsNonNumericRent() {
        String m = failure("routes.csv", s -> s.replaceFirst("(Gao-Bourem,Gao,Bourem,[^,]*),\\d+,", "$1,lots,"));
        assertMentions(m, "routes.csv", "column 'rent_usd_month'", "lots");
    }

    @Test
    void rejectsUnknownCommodity() {
        String m = failure("routes.csv", s -> s.replace("Gao-Bourem,Gao,Bourem,fuel_goods;", "Gao-Bourem,Gao,Bourem,gold;"));
        assertMentions(m, "column 'commodity'", "gold");
    }

    @Test
    void rejectsOneWayNeighbours() {
        String m = failure("regions.csv", s -> s.replace("Mopti,centre,2037330,79017,0.65,Timbuktu;Gao;Segou",
                "Mopti,centre,2037330,79017,0.65,Timbuktu;Segou"));
        assertMentions(m, "regions.csv", "column 'neighbours'", "Mopti");
    }

    @Test
    void rejectsAZoneOtherThanNorthCentreOrBorder() {
        String m = failure("regions.csv", s -> s.replace("Mopti,centre,", "Mopti,south,"));
        assertMentions(m, "regions.csv", "column 'zone'", "south");
    }

    @Test
    void rejectsMalformedFormedMonth() {
        String m = failure("factions-2012-01.csv", s -> s.replace("GK,Ganda Koy,community_militia,1994-05", "GK,Ganda Koy,community_militia,1990s"));
        assertMentions(m, "factions-2012-01.csv", "column 'formed'", "1990s");
    }

    @Test
    void rejectsAffinityOutsideMinusOneToOne() {
        String m = failure("communities.csv", s -> s.replace("Ifoghas,Imghad,-0.7", "Ifoghas,Imghad,-1.7"));
        assertMentions(m, "communities.csv", "column 'affinity'");
    }

    @Test
    void rejectsBlocOfUnknownFaction() {
        String m = failure("blocs.csv", s -> s.replace("\nGK,Songhai,", "\nGKX,Songhai,"));
        assertMentions(m, "blocs.csv", "column 'faction'", "GKX");
    }

    @Test
    void rejectsABlocRowForADatasetItsFactionIsNotInAndATwiceDescribedBloc() {
        String m = failure("blocs.csv", s -> s.replace("\nGK,Songhai,1.0,1.0,community_militia,,", "\nGK,Songhai,1.0,1.0,community_militia,2015-06,"));
        assertMentions(m, "blocs.csv", "column 'dataset'", "'2015-06' is not a dataset of faction GK");
        String d = failure("blocs.csv", s -> s.replace("\nAD,Ifoghas,0.6,1.5,jihadist,2015-06,", "\nAD,Ifoghas,0.6,1.5,jihadist,,"));
        assertMentions(d, "blocs.csv", "duplicate bloc AD/Ifoghas in dataset 2012-01");
    }

    @Test
    void rejectsMalformedUtf8NamingTheFile() {
        String m = assertThrows(IllegalStateException.class, () -> Gazetteer.load(name -> {
            if (name.equals("places.csv")) {
                byte[] bad = "place,region,lat,lon,hub,role,source\nK\u0000,Kidal,1,1,false,x,y\n".getBytes(StandardCharsets.UTF_8);
                bad[bad.length - 20] = (byte) 0xFF;
                return new ByteArrayInputStream(bad);
            }
            return Gazetteer.class.getResourceAsStream(Gazetteer.FOLDER + name);
        })).getMessage();
        assertMentions(m, "places.csv");
    }

    @Test
    void rejectsDuplicateHeaderNamingTheFile() {
        String m = failure("routes.csv", s -> s.replaceFirst("source", "from"));
        assertMentions(m, "routes.csv", "line 1", "duplicate", "from");
    }
}
