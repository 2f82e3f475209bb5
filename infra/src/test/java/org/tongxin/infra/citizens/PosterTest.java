package org.tongxin.infra.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;
import org.tongxin.infra.directory.WorkstationLookup;

/** The poster's QR code leads to the public address when one is configured, else to the address asked for. */
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
    void aRegisteredWorkstationsCodePrintsItsName() {
        ExtendedModelMap model = new ExtendedModelMap();
        WorkstationLookup registry = code -> "LG-LONGCHENG".equals(code)
                ? Optional.of(
                        new WorkstationLookup.WorkstationRef("LG-LONGCHENG", "龙城街道委员工作站", "WORKSTATION", "龙岗区", "龙城街道"))
                : Optional.empty();

        new PublicPages(null, null, null, null, null, null, null, registry, "")
                .poster("LG-LONGCHENG", new MockHttpServletRequest("GET", "/public/poster"), model);

        assertThat(model.get("workstation")).isEqualTo("龙城街道委员工作站");
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

    private static PublicPages poster(String base) {
        return new PublicPages(null, null, null, null, null, null, null, code -> Optional.empty(), base);
    }
}
