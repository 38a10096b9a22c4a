package org.sahelsim.model;

/**
 * The version of the model's behaviour, as distinct from the program's version: it names what
 * the mechanisms do, so that a validation of the model can say which model it describes. Every
 * output folder's manifest records it ({@code model_version}), and the validation status the
 * program bundles (docs/VALIDATION.md, "The validation status in every report") is stamped with
 * it.
 *
 * <p>It is raised whenever a change alters what a run with a given scenario and seed produces;
 * a test ({@code ValidationStatusTest}) re-runs the bundled validation and fails when the model
 * no longer produces it, so a change of behaviour cannot land without a new version and a new
 * validation status. A change to the instrument around the model (outputs, reports, the
 * window) leaves it as it is.
 *
 * <p>History (docs/VALIDATION.md): 1, the model of sections 2 to 6; 2, rebuilt without
 * artefacts of construction (section 9); 2.1, the arbiter, the army, the towns and recognition
 * (section 10); 2.2, one history of 2012 to 2020 (section 11); 2.3, detachments concentrated on
 * the routes a faction keeps (section 12), the model calibrated as a posterior ensemble
 * (sections 13 and 14).
 */
public final class ModelVersion {
    /** The current model version. */
    public static final String ID = "2.3";

    private ModelVersion() {
    }
}
