package org.sahelsim.record;

import java.util.List;

/**
 * The keys of the {@code detail} column of {@code events.csv} ({@code key=value} pairs joined
 * by {@code ;}), with their units and meanings, for {@code codebook.csv} (kind
 * {@code detail}). {@code d_<term>} stands for one key per utility term.
 */
public final class DetailKeys {
    private DetailKeys() {
    }

    /** One key: its name, unit and meaning (with the event types that carry it). */
    public record Key(String name, String unit, String definition) {
    }

    private static final String DECISIONS = "(split, merge, join, leave, switch, coalition_formed)";

    /** Every key, decisions' first. */
    public static final List<Key> ALL = List.of(
            new Key("rent", "USD/fighter/month; USD/month", "Trafficking rent term of the chosen option, weighted "
                    + DECISIONS + "; the route's net rent this month (clash)"),
            new Key("dividend", "USD/fighter/month", "Peace dividend term of the chosen option, weighted " + DECISIONS),
            new Key("pressure", "USD/fighter/month", "Jihadist pressure term (threats negative, offers positive) " + DECISIONS),
            new Key("security", "USD/fighter/month", "Security term (chance to prevail times its value) " + DECISIONS),
            new Key("affinity", "USD/fighter/month", "Community, ideological and tie affinity term " + DECISIONS),
            new Key("switch_cost", "USD/fighter/month", "Cost of the change (split cost, merge cost) " + DECISIONS),
            new Key("grievance", "USD/fighter/month", "The leaving bloc's grievance, valued (split)"),
            new Key("utility", "USD/fighter/month", "Sum of the terms of the chosen option " + DECISIONS),
            new Key("p", "probability", "Probability of the chosen option (decisions); chance of the clash or attack"),
            new Key("top", "term", "The term of the chosen option largest in absolute size " + DECISIONS),
            new Key("driver", "term", "The term that contributed most to the chosen option's advantage over staying "
                    + DECISIONS),
            new Key("d_<term>", "USD/fighter/month", "A term of the chosen option minus the same term of staying, one key"
                    + " per term " + DECISIONS),
            new Key("option", "", "The option chosen: leave, join:<coalition>, switch:<coalition>, form:<partner> (join,"
                    + " leave, switch, coalition_formed)"),
            new Key("integration", "", "1 when the move was made on the integration lever's terms (join, switch)"),
            new Key("bloc", "", "The community bloc that broke away (split) or pledged to the Islamic State (pledge)"),
            new Key("share", "share", "The leaving bloc's share of its parent's fighters before it left (split); a recognised party's part of the fund relative to a coalition's (recognition); the share of the group the pledged blocs hold (pledge)"),
            new Key("stay_utility", "USD/fighter/month", "Utility of staying (split, merge)"),
            new Key("months_without_dividend", "months", "Consecutive months in which no dividends reached the bloc (split)"),
            new Key("received", "USD/fighter/month", "Income per fighter the bloc received last month (split)"),
            new Key("cohesion", "share", "The parent's cohesion when the bloc left (split)"),
            new Key("route", "", "A route: the parent's most lucrative (split); where the clash was (clash)"),
            new Key("allegiance", "", "The splinter's jihadist allegiance: none, aq or is (split)"),
            new Key("parent_allegiance", "", "The parent's jihadist allegiance (split)"),
            new Key("absorbed", "", "The faction absorbed (merge)"),
            new Key("fighters", "fighters", "Fighters left when the faction ceased (disband); its fighters when recognised (recognition)"),
            new Key("absorbed_by", "", "The heir that absorbed the disbanded faction, if any (disband)"),
            new Key("community", "", "The community that took up arms (mobilize)"),
            new Key("readiness", "share", "The latent community's readiness when it took up arms (mobilize)"),
            new Key("threat", "", "The threat it faced (mobilize)"),
            new Key("latent", "", "The latent community's id (mobilize)"),
            new Key("fatalities", "deaths", "Deaths in the clash, attack or assault (clash, attack, army_assault)"),
            new Key("loser", "", "The faction that lost the clash and pulled back (clash)"),
            new Key("same_side", "0/1", "1 when the two who clashed were on one side: members of one coalition (clash)"),
            new Key("coalition", "", "The actor's coalition, empty when it stood alone (clash)"),
            new Key("other_coalition", "", "The other side's coalition, empty when it stood alone (clash)"),
            new Key("place", "", "The town or hub taken (capture) or assaulted (clash, attack, army_assault); the place attacked (attack)"),
            new Key("deaths", "deaths", "Civilians killed (communal_violence)"),
            new Key("whole", "0/1", "1 when the whole group changed allegiance, 0 when one bloc pledged (pledge)"),
            new Key("taken", "0/1", "1 when the assault took the place (clash, attack or army_assault on a town)"),
            new Key("assault", "0/1", "1 when the place was taken by an assault, 0 when it was open (its holder gone or too weak to keep it) (capture)"),
            new Key("members", "factions", "Members left when the coalition ended (coalition_dissolved)"));
}
