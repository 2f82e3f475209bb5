package org.tongxin.infra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication(scanBasePackages = "org.tongxin")
@ConfigurationPropertiesScan("org.tongxin.infra")
public class TongxinApplication {

    /** With {@code -Dtongxin.startup.steps=true} the slowest start-up steps are logged once ready. */
    static final String STARTUP_STEPS = "tongxin.startup.steps";

    /**
     * With {@code --tongxin.startup.exit-when-ready=true} the app stops as soon as it is ready: the start script's
     * training run, whose JVM then writes the classes the start loaded into a class-data-sharing archive. Closing the
     * context stops the embedded PostgreSQL; Spring's own {@code spring.context.exit=onRefresh} halts the JVM
     * instead and would leave the database running.
     */
    static final String EXIT_WHEN_READY = "tongxin.startup.exit-when-ready";

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
        ConfigurableApplicationContext context = application.run(args);
        if (context.getEnvironment().getProperty(EXIT_WHEN_READY, Boolean.class, false)) {
            System.exit(SpringApplication.exit(context));
        }
    }

    private static void setUnlessGiven(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
