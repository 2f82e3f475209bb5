package org.tongxin.infra.demo;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.persistence.NoDatasourceUrl;
import org.tongxin.infra.security.UserAccounts;

/**
 * Demo accounts (password {@code demo}) and two departments. Only on the embedded default: a deployment against a
 * real database never gets accounts with a known password.
 */
@Component
@Order(1)
@Conditional(NoDatasourceUrl.class)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record Account(String username, String displayName, Role role, String department) {}

    static final List<Account> ACCOUNTS = List.of(
            new Account("staff", "提案委工作人员", Role.STAFF, null),
            new Account("member", "王委员", Role.MEMBER, null),
            new Account("member2", "李委员", Role.MEMBER, null),
            new Account("dept-transport", "交通运输局承办员", Role.DEPT_OFFICER, "transport"),
            new Account("dept-education", "教育局承办员", Role.DEPT_OFFICER, "education"),
            new Account("leader", "陈志远", Role.LEADER, null),
            new Account("supervisor", "监督员", Role.SUPERVISOR, null),
            new Account("designer", "流程设计员", Role.DESIGNER, null),
            new Account("admin", "系统管理员", Role.ADMIN, null));

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;

    DemoData(UserAccounts accounts, PasswordEncoder passwordEncoder, JdbcClient jdbc) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        department("transport", "交通运输局", "Transport Bureau");
        department("education", "教育局", "Education Bureau");
        Set<String> existing =
                accounts.existing(ACCOUNTS.stream().map(Account::username).toList());
        if (existing.size() == ACCOUNTS.size()) {
            return;
        }
        String hash = passwordEncoder.encode("demo");
        int created = 0;
        for (Account a : ACCOUNTS) {
            DepartmentCode dept = a.department() == null ? null : new DepartmentCode(a.department());
            if (accounts.createIfAbsent(a.username(), hash, a.displayName(), a.role(), dept)) {
                created++;
            }
        }
        if (created > 0) {
            log.info("Created {} demo accounts (password 'demo')", created);
        }
    }

    private void department(String code, String zh, String en) {
        jdbc.sql("INSERT INTO department (code, name_zh, name_en) VALUES (:c, :zh, :en) ON CONFLICT DO NOTHING")
                .param("c", code)
                .param("zh", zh)
                .param("en", en)
                .update();
    }
}
