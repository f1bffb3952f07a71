package org.opentrade.platform.secrets;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link UnsafeSecrets} into Spring Boot's short "APPLICATION FAILED TO START" report instead of a trace. */
class UnsafeSecretsFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeSecrets> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeSecrets cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set each variable named above in the environment (a value of your own, not the one published in "
                        + "the repository), or, on a developer machine only, select the local profile: "
                        + "-Dspring.profiles.active=local (deploy/local/stack does).", cause);
    }
}
