package org.tongxin.infra.directory;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workstations listed in {@code tongxin.workstations} (code, name, sector), until a registry declares its own
 * {@link Workstations} bean. A code is 2–32 letters, digits and hyphens, so it travels in a URL unescaped.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConfiguredWorkstations.Listed.class)
class ConfiguredWorkstations {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{2,32}");

    @ConfigurationProperties("tongxin")
    record Listed(List<Workstations.Workstation> workstations) {
        Listed {
            workstations = workstations == null ? List.of() : List.copyOf(workstations);
        }
    }

    @Bean("workstations")
    @ConditionalOnMissingBean(Workstations.class)
    Workstations workstations(Listed listed) {
        return new Workstations() {
            @Override
            public Optional<Workstation> byCode(String code) {
                if (code == null || !CODE.matcher(code).matches()) {
                    return Optional.empty();
                }
                return listed.workstations().stream()
                        .filter(w -> w.code().equalsIgnoreCase(code))
                        .findFirst();
            }

            @Override
            public List<Workstation> all() {
                return listed.workstations();
            }
        };
    }
}
