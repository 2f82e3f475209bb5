package db.migration.infra;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.tongxin.projections.similar.ChineseText;

/**
 * Keys the clue pool's rows that were projected before the view had search keys, with the same
 * {@link ChineseText#substringKeys} of the same title and content the clue-pool projection keys a new clue by, so
 * the view equals a fresh replay without replaying it (the pool stays readable throughout). Title and content never
 * change after registration, so the row holds everything the keys need.
 */
public class V2026_12_04_11__ClueSearchKeys extends BaseJavaMigration {

    private static final int PAGE = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        key(context.getConnection());
    }

    /** The number of rows keyed. */
    public static int key(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            // the application's per-statement and per-transaction bounds are for requests; a large pool takes longer
            s.execute("SET LOCAL statement_timeout = 0");
            s.execute("DO $$ BEGIN IF current_setting('server_version_num')::int >= 170000"
                    + " THEN EXECUTE 'SET LOCAL transaction_timeout = 0'; END IF; END $$");
        }
        int keyed = 0;
        String after = "";
        while (true) {
            List<String> ids = new ArrayList<>(PAGE);
            List<String> keys = new ArrayList<>(PAGE);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT clue_id, title, content FROM clue_view WHERE clue_id > ? ORDER BY clue_id LIMIT " + PAGE)) {
                select.setString(1, after);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                        // the same text the projection keys: title and content, one line apart
                        keys.add(String.join(
                                "\u001f", ChineseText.substringKeys(rs.getString(2) + "\n" + rs.getString(3))));
                    }
                }
            }
            if (ids.isEmpty()) {
                return keyed;
            }
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE clue_view c SET search_keys = string_to_array(v.k, chr(31))"
                            + " FROM unnest(?::text[], ?::text[]) AS v(id, k) WHERE c.clue_id = v.id")) {
                Array idArray = connection.createArrayOf("text", ids.toArray());
                Array keyArray = connection.createArrayOf("text", keys.toArray());
                update.setArray(1, idArray);
                update.setArray(2, keyArray);
                keyed += update.executeUpdate();
            }
            after = ids.get(ids.size() - 1);
        }
    }
}
