package org.tongxin.infra.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * In process scenarios the domain reads the same clock as Camunda, so moving the engine clock to fire a timer also
 * moves "today" for the rules the timer's command checks.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EngineClock {

    @Bean
    @Primary
    Clock engineClock(ZoneId committeeZone) {
        return new FollowingCamunda(committeeZone);
    }

    static final class FollowingCamunda extends Clock {

        private final ZoneId zone;

        FollowingCamunda(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new FollowingCamunda(zone);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
