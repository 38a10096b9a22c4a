package org.sahelsim.testing;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Skips or fails {@link RequiresTool} tests depending on what the machine has and on CI. */
public final class ToolCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<RequiresTool> ann = context.getElement().flatMap(e -> AnnotationSupport.findAnnotation(e, RequiresTool.class));
        if (ann.isEmpty()) {
            return ConditionEvaluationResult.enabled("no tools required");
        }
        List<String> missing = missing(ann.get(), System.getenv());
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("tools present");
        }
        String message = "needs " + String.join(", ", missing);
        if (onCi(System.getenv())) {
            throw new IllegalStateException(message + ": on CI (CI=true) a missing tool is a failure; .ci/run must install it");
        }
        return ConditionEvaluationResult.disabled(message + " (skipped here; CI runs it)");
    }

    static boolean onCi(Map<String, String> env) {
        return "true".equalsIgnoreCase(env.getOrDefault("CI", ""));
    }

    /** What the annotation asks for that this machine lacks. */
    static List<String> missing(RequiresTool req, Map<String, String> env) {
        List<String> out = new ArrayList<>();
        for (String tool : req.value()) {
            if (!onPath(tool, env.getOrDefault("PATH", ""))) {
                out.add("'" + tool + "' on the PATH");
            }
        }
        if (req.root() && !"root".equals(System.getProperty("user.name"))) {
            out.add("root");
        }
        return out;
    }

    static boolean onPath(String tool, String path) {
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && new File(dir, tool).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
