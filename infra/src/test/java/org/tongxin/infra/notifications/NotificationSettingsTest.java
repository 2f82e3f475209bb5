package org.tongxin.infra.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationSettingsTest {

    private final NotificationSettings settings = new NotificationSettings(
            "tongxin@localhost",
            "https://tx.example.cn/",
            Duration.ofSeconds(5),
            Duration.ofSeconds(30),
            Duration.ofMinutes(5),
            10,
            Duration.ofSeconds(10),
            null);

    @Test
    void aFailedDeliveryWaitsTwiceAsLongEachTimeUpToTheMaximum() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 20).stream().map(settings::backOff))
                .containsExactly(
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(60),
                        Duration.ofSeconds(120),
                        Duration.ofSeconds(240),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(5));
    }

    @Test
    void linksStartWithTheConfiguredAddressWithoutADoubleSlash() {
        assertThat(settings.absolute("/tasks/1")).isEqualTo("https://tx.example.cn/tasks/1");
        assertThat(settings.robots()).isEmpty();
    }
}
