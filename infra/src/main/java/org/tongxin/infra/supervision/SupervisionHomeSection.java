package org.tongxin.infra.supervision;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.HomeSection;
import org.tongxin.projections.supervision.SupervisionPage;

/**
 * The supervision entries under way on the home page of those who watch and lead democratic supervision: the
 * supervisor and the leaders (the office works them from its inbox and {@code /supervision}).
 */
@Component
class SupervisionHomeSection implements HomeSection {

    private static final int SHOWN = 5;

    private final SupervisionReader reader;

    SupervisionHomeSection(SupervisionReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.of(Role.SUPERVISOR, Role.LEADER);
    }

    @Override
    public String template() {
        return "supervision-fragments";
    }

    @Override
    public String fragment() {
        return "poolList";
    }

    @Override
    public void contribute(TongxinUser me, Model model) {
        SupervisionPage open = reader.underWay(me, SHOWN);
        model.addAttribute("entries", open.items());
        model.addAttribute("total", open.total());
    }
}
