package org.opentrade.system;

import com.fasterxml.jackson.databind.node.BooleanNode;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs the suite with risk monitoring in shadow mode (alerts stored, nobody frozen): the suite's tests trade back and
 * forth between a few users at one price all the time, which is wash trading by the shipped rules, and a freeze in the
 * middle of another test would fail it for a reason it does not test. RiskMonitoringIT switches interception on for
 * itself. The document as it was is published back when the session ends.
 */
public class MonitoringInShadowMode implements LauncherSessionListener {
    private String original;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            original = Nacos.config(RiskRules.DATA_ID, RiskRules.GROUP);
            RiskRules.setMonitoring(null, "intercept", BooleanNode.FALSE);
        } catch (RuntimeException noStack) {
            original = null; // no Nacos (a unit-test run): nothing to switch
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (original != null) {
            RiskRules.publish(original);
        }
    }
}
