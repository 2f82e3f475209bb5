package org.tongxin.infra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication(scanBasePackages = "org.tongxin")
@ConfigurationPropertiesScan("org.tongxin.infra")
public class TongxinApplication {

    /** With {@code -Dtongxin.startup.steps=true} the slowest start-up steps are logged once ready. */
    static final String STARTUP_STEPS = "tongxin.startup.steps";

    public static void main(String[] args) {
        // Axon 4.x ignores its Spring property for the update check; only these system properties keep the
        // packaged jar from calling out at start-up (tests never call out, so this is checked on the jar).
        setUnlessGiven("axoniq.update-checker.disabled", "true");
        setUnlessGiven("disable-axoniq-console-message", "true");
        SpringApplication application = new SpringApplication(TongxinApplication.class);
        if (Boolean.getBoolean(STARTUP_STEPS)) {
            // records each start-up step (bean creation, context refresh …); ReadyBanner logs the slowest
            application.setApplicationStartup(new BufferingApplicationStartup(20_000));
        }
        application.run(args);
    }

    private static void setUnlessGiven(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
