package org.tongxin.infra.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.processes.proposal.ProposalNumbers;

/**
 * The per-year counter row: an upsert that increments and returns in one statement, so concurrent filings queue on
 * the row lock and each gets the next number; it joins the filing's transaction, so a refused filing leaves no gap.
 */
@Component
class ProposalNumberCounter implements ProposalNumbers {

    private final JdbcClient jdbc;
    private final Clock clock;

    ProposalNumberCounter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public String next() {
        int year = LocalDate.now(clock).getYear();
        int number = jdbc.sql(
                        """
                        INSERT INTO proposal_number (year, last_number) VALUES (:year, 1)
                        ON CONFLICT (year) DO UPDATE SET last_number = proposal_number.last_number + 1
                        RETURNING last_number""")
                .param("year", year)
                .query(Integer.class)
                .single();
        return String.format(Locale.ROOT, "%d-%04d", year, number);
    }
}
