package org.sahelsim.scenario;

/**
 * The model's constants. Every one has a meaning, a unit, a range and a source or the word
 * "assumption"; {@code docs/PARAMETERS.md} lists them all and a test keeps the two in step.
 * Money is in US dollars a month; utilities are in dollar-equivalents per fighter a month.
 */
public record ModelParams(
        // ---- decisions (phase 6) ----
        @Param(doc = "Rationality of the logit choice: Pr(k) is proportional to exp(rationality x U_k)", unit = "1/(USD/fighter/month)", min = 0, max = 1, def = "0.03") double rationality,
        @Param(doc = "Share of factions that review their alignment in a month (inertia)", unit = "1/month", min = 0, max = 1, def = "0.25") double reviewRate,
        @Param(doc = "Weight of expected trafficking rent in utility", unit = "weight", min = 0, max = 10, def = "1") double betaRent,
        @Param(doc = "Weight of expected peace dividends in utility", unit = "weight", min = 0, max = 10, def = "1") double betaDividend,
        @Param(doc = "Weight of jihadist pressure (threats minus offers) in utility", unit = "weight", min = 0, max = 10, def = "1") double betaPressure,
        @Param(doc = "Weight of security (Christia: chance to prevail x share of spoils) in utility", unit = "weight", min = 0, max = 10, def = "1") double betaSecurity,
        @Param(doc = "Weight of community affinity and ideology in utility", unit = "weight", min = 0, max = 10, def = "1") double betaAffinity,
        @Param(doc = "Value of one unit of affinity (same community = 1, rival communities = -1)", unit = "USD/fighter/month", min = 0, max = 1000, def = "60") double affinityValue,
        @Param(doc = "Cost of changing alignment (lost trust, reorganisation)", unit = "USD/fighter/month", min = 0, max = 1000, def = "40") double switchCost,
        @Param(doc = "Spoils at stake in the north each month for the side that prevails, shared among its fighters", unit = "USD/month", min = 0, max = 1e8, def = "300000", source = "assumption (Christia 2012: share of spoils)") double securityStake,
        @Param(doc = "Value to each fighter of being on a side that prevails (survival, freedom of movement), times the side's chance to prevail", unit = "USD/fighter/month", min = 0, max = 5000, def = "150", source = "assumption (Christia 2012: relative power)") double survivalValue,
        @Param(doc = "Value of full jihadist pressure on a fully cooperating group", unit = "USD/fighter/month", min = 0, max = 5000, def = "200", source = "seeds 001, 004 (threats against those who cooperate); value an assumption") double pressureValue,
        @Param(doc = "Value of jihadist offers of money and protection to their allies", unit = "USD/fighter/month", min = 0, max = 5000, def = "80", source = "seed 004 (jihadists provide services); value an assumption") double jihadistOffer,
        @Param(doc = "Cooperation with the state of a signatory group (pro-government groups count 1, jihadists' allies 0)", unit = "share", min = 0, max = 1, def = "0.6") double signatoryCooperation,
        @Param(doc = "Cooperation with the state of a non-signatory, non-jihadist group", unit = "share", min = 0, max = 1, def = "0.2") double outsiderCooperation,
        // ---- rents (phase 3) ----
        @Param(doc = "Tullock contest exponent: a side's share of a route's rent is strength^alpha over the sum", unit = "exponent", min = 0.1, max = 5, def = "1.2") double tullockAlpha,
        @Param(doc = "Multiplier of every route's rent", unit = "ratio", min = 0, max = 10, def = "1") double rentScale,
        @Param(doc = "Share of a route's rent lost at full MINUSMA coverage (interdiction)", unit = "share", min = 0, max = 1, def = "0.3", source = "seed 000 (MINUSMA not mandated against crime); value an assumption") double coverageInterdiction,
        @Param(doc = "Share of a route's rent lost under one full mixed-patrol unit", unit = "share", min = 0, max = 1, def = "0.3") double patrolInterdiction,
        @Param(doc = "Strength multiplier for the holder of a hub on its routes", unit = "ratio", min = 1, max = 5, def = "1.5") double hubBonus,
        @Param(doc = "Share of a faction's fighters on detachments along routes (the rest garrison home towns)", unit = "share", min = 0, max = 1, def = "0.5") double detachmentShare,
        @Param(doc = "Share of detachments moved toward the best marginal rent each month", unit = "1/month", min = 0, max = 1, def = "0.3") double redeployRate,
        @Param(doc = "Most routes a faction keeps detachments on: those with the best marginal rent", unit = "routes", min = 1, max = 100, def = "5", source = "assumption (seeds 000, 001: groups fight over control of particular routes and hubs)") int maxRoutes,
        // ---- money and fighters ----
        @Param(doc = "Monthly pay a fighter expects", unit = "USD/fighter/month", min = 0, max = 5000, def = "100", source = "actors-2015-06.csv (a cigarette run paid about 100,000 CFA francs, 2013); assumption for the monthly figure") double wage,
        @Param(doc = "Share of unpaid fighters who desert each month", unit = "1/month", min = 0, max = 1, def = "0.15") double desertionRate,
        @Param(doc = "Share of deserters who join jihadists, at full jihadist influence", unit = "share", min = 0, max = 1, def = "0.4", source = "seeds 001, 004 (recruitment of the disaffected); value an assumption") double jihadistDefection,
        @Param(doc = "Share of a community's remaining pool recruited per month by a group with money to spare", unit = "1/month", min = 0, max = 1, def = "0.02") double recruitmentRate,
        @Param(doc = "Size of each community's recruitment pool as a multiple of its fighters at the start", unit = "ratio", min = 0, max = 20, def = "1.0") double poolMultiple,
        @Param(doc = "Months of pay a group keeps in reserve before recruiting", unit = "months", min = 0, max = 60, def = "3") double reserveMonths,
        // ---- grievance, cohesion, splits (phases 7, 10) ----
        @Param(doc = "Income per fighter at which a bloc feels no deprivation", unit = "USD/fighter/month", min = 0, max = 5000, def = "120") double referenceIncome,
        @Param(doc = "Memory of grievance: share kept from one month to the next", unit = "share", min = 0, max = 1, def = "0.9") double grievanceMemory,
        @Param(doc = "Value of one unit of grievance in a bloc's choice to leave", unit = "USD/fighter/month", min = 0, max = 5000, def = "250", source = "Epstein 2002 (grievance drives defection); value an assumption") double grievanceValue,
        @Param(doc = "Cost of breaking away at full cohesion (scaled by cohesion)", unit = "USD/fighter/month", min = 0, max = 5000, def = "300") double splitCost,
        @Param(doc = "Smallest share of a faction a bloc must hold to break away", unit = "share", min = 0, max = 1, def = "0.08") double splitMinShare,
        @Param(doc = "Share of blocs that weigh leaving in a month", unit = "1/month", min = 0, max = 1, def = "0.1") double splitReviewRate,
        @Param(doc = "Speed at which cohesion moves toward its blocs' satisfaction", unit = "1/month", min = 0, max = 1, def = "0.1") double cohesionRate,
        @Param(doc = "Cohesion lost per share of fighters lost in a month", unit = "ratio", min = 0, max = 10, def = "1") double lossCohesion,
        @Param(doc = "Cohesion lost when a strike kills a group's leaders", unit = "share", min = 0, max = 1, def = "0.25", source = "brief (a struck leadership can fragment a group); value an assumption") double leadershipCohesionLoss,
        // ---- consolidation (phase 8) ----
        @Param(doc = "Cost of giving up autonomy in a merger", unit = "USD/fighter/month", min = 0, max = 5000, def = "120") double mergeCost,
        @Param(doc = "Share of eligible pairs weighing a merger in a month", unit = "1/month", min = 0, max = 1, def = "0.05") double mergeReviewRate,
        @Param(doc = "Fighters below which a group disbands into its closest ally or its community", unit = "fighters", min = 0, max = 1000, def = "40") double minViableFighters,
        // ---- mobilisation ----
        @Param(doc = "Readiness gained per month per unit of threat for a latent community", unit = "1/month", min = 0, max = 1, def = "0.04") double mobilizationRate,
        @Param(doc = "Readiness lost per month without threat", unit = "1/month", min = 0, max = 1, def = "0.02") double mobilizationDecay,
        @Param(doc = "Readiness gained per month per 100,000 USD of clientelist money", unit = "1/month", min = 0, max = 10, def = "0.05", source = "seed 002 (clientelist arming raises the risk of new groups); value an assumption") double armingMobilization,
        // ---- clashes and attacks (phase 9) ----
        @Param(doc = "Monthly chance that two rival sides contesting a route clash, before rent and coverage", unit = "1/month", min = 0, max = 1, def = "0.01") double clashBase,
        @Param(doc = "Added clash chance per 100,000 USD a month of rent at stake", unit = "1/month", min = 0, max = 1, def = "0.02", source = "Fjelde and Nilsson 2012; seed 001 (fighting over routes); value an assumption") double clashRent,
        @Param(doc = "Share of clash chance removed at full MINUSMA coverage", unit = "share", min = 0, max = 1, def = "0.6") double clashDeterrence,
        @Param(doc = "Clash chance multiplier between members of one coalition", unit = "ratio", min = 0, max = 1, def = "0.15") double allyClashFactor,
        @Param(doc = "Share of the opposing detachment's strength killed in a clash", unit = "share", min = 0, max = 1, def = "0.03") double casualtyRate,
        @Param(doc = "Monthly chance of a jihadist attack on MINUSMA, the army or a mixed patrol per unit of local jihadist strength and exposure", unit = "1/month", min = 0, max = 10, def = "0.6", source = "seed 002 (at least 30 peacekeepers killed in 2014); value an assumption") double attackRate,
        @Param(doc = "Peacekeepers or soldiers killed per attack, on average", unit = "deaths", min = 0, max = 100, def = "2", source = "seed 002 (9 killed in the deadliest 2014 ambush)") double attackLethality,
        // ---- presence and influence (phases 2, 10) ----
        @Param(doc = "Coverage per 1,000 troops guarding a base, over its region's towns", unit = "share/1000 troops", min = 0, max = 1, def = "0.15") double baseCoverage,
        @Param(doc = "Coverage per 1,000 mobile troops per 100,000 km2 of region", unit = "share", min = 0, max = 10, def = "0.6") double mobileCoverage,
        @Param(doc = "Share of a region's population in towns that bases can cover", unit = "share", min = 0, max = 1, def = "0.35") double urbanShare,
        @Param(doc = "Growth of jihadist influence per month at full presence where state and MINUSMA are absent", unit = "1/month", min = 0, max = 1, def = "0.06", source = "seed 001 (jihadists consolidate in the vacuum); value an assumption") double influenceGrowth,
        @Param(doc = "Decline of jihadist influence per month at full state presence", unit = "1/month", min = 0, max = 1, def = "0.04") double influenceDecay,
        @Param(doc = "Share of influence gap that spreads to neighbouring regions per month", unit = "1/month", min = 0, max = 1, def = "0.02", source = "seed 001 (spread to central Mali)") double influenceDiffusion,
        @Param(doc = "Share of a jihadist group's fighters killed per month at tempo 1, scaled by its exposure", unit = "1/month", min = 0, max = 1, def = "0.015") double strikeKillRate,
        @Param(doc = "Monthly chance at tempo 1 that a strike kills a jihadist group's leaders", unit = "1/month", min = 0, max = 1, def = "0.03", source = "seed 002 (Serval killed prominent jihadists)") double leadershipStrikeRate,
        @Param(doc = "Effect of the civilian component on rivalry and grievance in covered regions", unit = "share", min = 0, max = 1, def = "0.2") double civilianEffect) {
}
