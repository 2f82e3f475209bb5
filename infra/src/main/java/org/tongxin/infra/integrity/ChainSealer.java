package org.tongxin.infra.integrity;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.infra.persistence.BackgroundWorker;

/**
 * Seals the event log into the hash chain behind the writers, so no command waits for it and writers are never
 * serialised. The global index is handed out before commit, so a lower position can commit after a higher one (ADR 6);
 * the sealer therefore only seals up to a horizon it saw earlier, once every transaction that was in progress then
 * has ended: no gap below it can fill any more, and a gap left by a rolled-back transaction stays empty for good.
 * One node seals at a time (a transaction-scoped advisory lock); the others skip their turn. Events already in the
 * log when the chain starts are sealed the same way, at run time, in batches.
 */
@Component
public class ChainSealer extends BackgroundWorker {

    /** The advisory lock every node's sealer takes ("txchain"). */
    static final long LOCK = 0x7478636861696EL;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SigningKey signingKey;
    private final Clock clock;
    private final ChainAlgorithm algorithm;
    private final boolean enabled;
    private final Duration interval;
    private final int batch;
    private final int checkpointEvery;
    private final Duration checkpointInterval;

    ChainSealer(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            SigningKey signingKey,
            Clock clock,
            @Value("${tongxin.integrity.algorithm:SM3}") String algorithm,
            @Value("${tongxin.integrity.enabled:true}") boolean enabled,
            @Value("${tongxin.integrity.seal-interval:PT5S}") Duration interval,
            @Value("${tongxin.integrity.batch:2000}") int batch,
            @Value("${tongxin.integrity.checkpoint-every:1000}") int checkpointEvery,
            @Value("${tongxin.integrity.checkpoint-interval:PT1H}") Duration checkpointInterval) {
        super("chain-sealer");
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.signingKey = signingKey;
        this.clock = clock;
        this.algorithm = ChainAlgorithm.ofStored(algorithm.replace("SHA256", "SHA-256"));
        this.enabled = enabled;
        this.interval = interval;
        this.batch = batch;
        this.checkpointEvery = checkpointEvery;
        this.checkpointInterval = checkpointInterval;
    }

    /** What one turn did. */
    public record Turn(boolean locked, int sealed, long head, boolean signed) {}

    /**
     * One turn: seal what the previous look made final (at most {@code batch} events), sign a checkpoint when one is
     * due, and look again. Returns at once when another node holds the lock.
     */
    public Turn sealOnce() {
        return transactions.execute(status -> {
            Boolean locked = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, LOCK);
            if (!Boolean.TRUE.equals(locked)) {
                return new Turn(false, 0, head(), false);
            }
            int sealed = 0;
            Horizon horizon = horizon();
            // read before this transaction writes, so it is not itself among the transactions in progress
            long xmin = jdbc.queryForObject("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint", Long.class);
            boolean horizonDone = false;
            if (horizon != null && xmin >= horizon.xmax()) {
                sealed = sealUpTo(horizon.upTo());
                horizonDone = head() >= lastEventAtOrBelow(horizon.upTo());
            }
            if (horizon == null || horizonDone) {
                jdbc.update("INSERT INTO event_chain_horizon (id, up_to, snapshot_xmax, observed_at)"
                        + " SELECT 1, COALESCE(MAX(global_index), 0),"
                        + " pg_snapshot_xmax(pg_current_snapshot())::text::bigint, now()"
                        + " FROM domain_event_entry"
                        + " ON CONFLICT (id) DO UPDATE SET up_to = EXCLUDED.up_to,"
                        + " snapshot_xmax = EXCLUDED.snapshot_xmax, observed_at = EXCLUDED.observed_at");
            }
            boolean signed = checkpointIfDue(false);
            return new Turn(true, sealed, head(), signed);
        });
    }

    /** Signs a checkpoint at the sealed head now, unless one is there already (for tests and the operator). */
    public boolean checkpointNow() {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)::text", String.class, LOCK);
            return checkpointIfDue(true);
        }));
    }

    public long head() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(global_index), 0) FROM event_seal", Long.class);
    }

    private record Horizon(long upTo, long xmax) {}

    private Horizon horizon() {
        List<Horizon> rows = jdbc.query(
                "SELECT up_to, snapshot_xmax FROM event_chain_horizon WHERE id = 1",
                (rs, i) -> new Horizon(rs.getLong(1), rs.getLong(2)));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private long lastEventAtOrBelow(long upTo) {
        return jdbc.queryForObject(
                "SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry WHERE global_index <= ?",
                Long.class,
                upTo);
    }

    private int sealUpTo(long upTo) {
        List<byte[]> last =
                jdbc.queryForList("SELECT digest FROM event_seal ORDER BY global_index DESC LIMIT 1", byte[].class);
        byte[] previous = last.isEmpty() ? new byte[0] : last.get(0);
        long after = head();
        List<StoredEvent> events = jdbc.query(
                "SELECT " + StoredEvent.COLUMNS
                        + " FROM domain_event_entry WHERE global_index > ? AND global_index <= ?"
                        + " ORDER BY global_index LIMIT ?",
                (rs, i) -> StoredEvent.read(rs, ""),
                after,
                upTo,
                batch);
        List<Object[]> rows = new ArrayList<>(events.size());
        for (StoredEvent event : events) {
            byte[] digest = event.digest(algorithm, previous);
            rows.add(new Object[] {event.globalIndex(), event.eventIdentifier(), algorithm.storedName(), digest});
            previous = digest;
        }
        jdbc.batchUpdate(
                "INSERT INTO event_seal (global_index, event_identifier, algorithm, digest) VALUES (?, ?, ?, ?)", rows);
        return rows.size();
    }

    private boolean checkpointIfDue(boolean force) {
        KeyPair keys = signingKey.keys().orElse(null);
        if (keys == null) {
            return false;
        }
        List<Object[]> heads = jdbc.query(
                "SELECT global_index, algorithm, digest FROM event_seal ORDER BY global_index DESC LIMIT 1",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getBytes(3)});
        if (heads.isEmpty()) {
            return false;
        }
        long head = (Long) heads.get(0)[0];
        List<long[]> lastCheckpoint = jdbc.query(
                "SELECT up_to, signed_at_ms FROM event_chain_checkpoint ORDER BY up_to DESC LIMIT 1",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
        long now = clock.millis();
        if (!lastCheckpoint.isEmpty()) {
            long upTo = lastCheckpoint.get(0)[0];
            long signedAt = lastCheckpoint.get(0)[1];
            boolean due = head - upTo >= checkpointEvery || now - signedAt >= checkpointInterval.toMillis();
            if (head <= upTo || !(force || due)) {
                return false;
            }
        }
        String stored = (String) heads.get(0)[1];
        byte[] digest = (byte[]) heads.get(0)[2];
        byte[] signature = Sm2.sign(keys.getPrivate(), Sm2.checkpointStatement(head, stored, digest, now));
        jdbc.update(
                "INSERT INTO event_chain_checkpoint (up_to, algorithm, digest, signed_at_ms, signature, public_key)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                head,
                stored,
                digest,
                now,
                signature,
                keys.getPublic().getEncoded());
        return true;
    }

    @Override
    protected Duration delay() {
        return interval;
    }

    @Override
    protected boolean enabled() {
        return enabled;
    }

    @Override
    protected void turn() {
        // a backlog (the log as it was before the chain existed) is sealed batch after batch without waiting
        Turn turn;
        do {
            turn = sealOnce();
        } while (turn.locked() && turn.sealed() >= batch);
    }
}
