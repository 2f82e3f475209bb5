package org.tongxin.infra.shared;

import java.util.Set;
import org.springframework.ui.Model;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.TongxinUser;

/**
 * A list another feature adds to the home page of some roles (a supervisor's view of the supervision pool, the
 * opinion reports awaiting a leader …): a bean of this type puts what its fragment reads into the model, and the
 * home page renders {@code fragment} of {@code template} in the slot of the role, ordered by {@code order}.
 */
public interface HomeSection {

    /** The roles whose home page shows the section. */
    Set<Role> roles();

    /** The Thymeleaf template holding the fragment, e.g. {@code supervision-home}. */
    String template();

    /** The fragment's name in {@link #template()}; it takes no parameters and reads the model. */
    String fragment();

    /** Lower first; the home page's own sections come before every contributed one. */
    default int order() {
        return 0;
    }

    /** Adds what the fragment reads to the model, for {@code me}. */
    void contribute(TongxinUser me, Model model);
}
