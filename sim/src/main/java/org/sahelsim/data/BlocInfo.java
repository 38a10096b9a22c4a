package org.sahelsim.data;

/**
 * One community bloc of a faction, from the bundled {@code blocs.csv}: {@code dataset} is empty
 * when the row holds for every dataset the faction is in, else the dataset it describes
 * ({@code 2012-01} or {@code 2015-06}), for a bloc that changed between them; {@code leadership}
 * whether the bloc has leaders of its own who could claim a seat at the accord's table.
 */
public record BlocInfo(String faction, String community, double share, double weight, String leaning, String dataset,
                       boolean leadership, String source) {
    /** Whether the row describes the faction in a dataset. */
    public boolean holdsIn(String set) {
        return dataset.isEmpty() || dataset.equals(set);
    }
}
