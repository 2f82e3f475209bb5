package org.tongxin.infra.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;
import org.tongxin.infra.directory.Workstations;

/**
 * The poster's QR code leads to the public address when one is configured, else to the address asked for; a
 * workstation's poster carries its code.
 */
class PosterTest {

    @Test
    void theQrCodeUsesTheConfiguredPublicBaseUrl() {
        ExtendedModelMap model = new ExtendedModelMap();
        MockHttpServletRequest internal = new MockHttpServletRequest("GET", "/public/poster");
        internal.setServerName("10.0.0.5");
        internal.setServerPort(8080);

        poster("https://tx.example.cn/").poster("南山区委员工作站", internal, model);

        assertThat(model.get("target")).isEqualTo("https://tx.example.cn/public/submit");
        assertThat(model.get("workstation")).isEqualTo("南山区委员工作站");
        assertThat((String) model.get("qr")).startsWith("<svg");
    }

    @Test
    void withoutAConfiguredBaseTheQrCodeUsesTheRequestsAddress() {
        ExtendedModelMap model = new ExtendedModelMap();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/public/poster");
        request.setServerName("tongxin.local");
        request.setServerPort(8443);
        request.setScheme("https");

        poster("").poster(null, request, model);

        assertThat(model.get("target")).isEqualTo("https://tongxin.local:8443/public/submit");
    }

    @Test
    void aWorkstationsPosterCarriesItsCodeInTheQrCodeThatAPhoneReadsBack() throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/public/poster");

        poster("https://tx.example.cn").poster("LG-LC-01", request, model);

        assertThat(model.get("workstation")).isEqualTo("龙城街道委员工作站");
        assertThat(model.get("target")).isEqualTo("https://tx.example.cn/public/submit?workstation=LG-LC-01");
        assertThat(QrDecoding.text((String) model.get("qr")))
                .isEqualTo("https://tx.example.cn/public/submit?workstation=LG-LC-01");
    }

    static final Workstations WORKSTATIONS = new Workstations() {
        private final List<Workstation> all = List.of(new Workstation("LG-LC-01", "龙城街道委员工作站", "社会福利和社会保障界"));

        @Override
        public Optional<Workstation> byCode(String code) {
            return all.stream().filter(w -> w.code().equals(code)).findFirst();
        }

        @Override
        public List<Workstation> all() {
            return all;
        }
    };

    private static PublicPages poster(String base) {
        return new PublicPages(null, null, null, null, null, null, null, WORKSTATIONS, null, base);
    }
}
