package org.tracseq.barcodes.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.tracseq.barcodes.domain.Barcode;
import org.tracseq.barcodes.domain.BarcodeEntry;
import org.tracseq.barcodes.domain.BarcodeStatus;
import org.tracseq.platform.db.ServiceDatabase;
import org.tracseq.platform.json.WireEnumSerializer;

/**
 * The barcodes table and the per-day sequence counters, in plain JDBC: the two statements that make
 * BC-2 hold under concurrency (the upsert that allocates a range and the conditional claim) are SQL
 * at heart, and the rest is a handful of single-table reads. Callers bring the transaction.
 */
@ApplicationScoped
public class BarcodeRepository {
    private static final String COLUMNS =
            "prefix, type_code, day, sequence, status, created_at, created_by, owner, claimed_at, claimed_by";

    @Inject
    ServiceDatabase database;

    /**
     * Takes {@code count} consecutive sequence numbers of {@code prefix} on {@code day} in one atomic
     * statement (the row lock serialises concurrent callers) and returns the first of them; empty,
     * taking nothing, when the range would pass {@link Barcode#MAX_SEQUENCE}.
     */
    public OptionalInt allocate(String prefix, LocalDate day, int count) {
        String sql = "INSERT INTO barcode_sequences AS s (prefix, day, last_value) VALUES (?, ?, ?) "
                + "ON CONFLICT (prefix, day) DO UPDATE SET last_value = s.last_value + EXCLUDED.last_value "
                + "WHERE s.last_value + EXCLUDED.last_value <= ? RETURNING last_value";
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement upsert = connection.prepareStatement(sql)) {
            upsert.setString(1, prefix);
            upsert.setObject(2, day);
            upsert.setInt(3, count);
            upsert.setInt(4, Barcode.MAX_SEQUENCE);
            try (ResultSet row = upsert.executeQuery()) {
                return row.next() ? OptionalInt.of(row.getInt(1) - count + 1) : OptionalInt.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Sequence allocation failed", e);
        }
    }

    /** The last sequence number taken for {@code prefix} on {@code day}, 0 when none was. */
    public int lastSequence(String prefix, LocalDate day) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT last_value FROM barcode_sequences WHERE prefix = ? AND day = ?")) {
            select.setString(1, prefix);
            select.setObject(2, day);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Sequence lookup failed", e);
        }
    }

    public void insertAll(List<BarcodeEntry> entries) {
        String sql = "INSERT INTO barcodes (barcode, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            for (BarcodeEntry entry : entries) {
                Barcode barcode = entry.barcode();
                insert.setString(1, barcode.text());
                insert.setString(2, barcode.prefix());
                insert.setString(3, barcode.typeCode());
                insert.setObject(4, barcode.date());
                insert.setInt(5, barcode.sequence());
                insert.setString(6, WireEnumSerializer.wireValue(entry.status()));
                insert.setObject(7, utc(entry.createdAt()));
                insert.setString(8, entry.createdBy());
                insert.setString(9, entry.owner());
                insert.setObject(10, utc(entry.claimedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setString(11, entry.claimedBy());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing barcodes failed", e);
        }
    }

    public Optional<BarcodeEntry> find(Barcode barcode) {
        return queryOne("SELECT " + COLUMNS + " FROM barcodes WHERE barcode = ?", barcode.text());
    }

    /**
     * Claims a reserved barcode: the {@code status = 'reserved'} condition makes concurrent claims
     * queue on the row and all but the first find it claimed, so exactly one succeeds. Empty when the
     * barcode is unknown or not reserved.
     */
    public Optional<BarcodeEntry> claim(Barcode barcode, String owner, String actor, Instant at) {
        return queryOne(
                "UPDATE barcodes SET status = 'claimed', owner = ?, claimed_by = ?, claimed_at = ? "
                        + "WHERE barcode = ? AND status = 'reserved' RETURNING " + COLUMNS,
                owner,
                actor,
                utc(at),
                barcode.text());
    }

    private Optional<BarcodeEntry> queryOne(String sql, Object... parameters) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(entry(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Barcode query failed", e);
        }
    }

    private static BarcodeEntry entry(ResultSet row) throws SQLException {
        Barcode barcode = new Barcode(
                row.getString("prefix"),
                row.getString("type_code"),
                row.getObject("day", LocalDate.class),
                row.getInt("sequence"));
        return new BarcodeEntry(
                barcode,
                BarcodeStatus.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
                instant(row, "created_at"),
                row.getString("created_by"),
                row.getString("owner"),
                instant(row, "claimed_at"),
                row.getString("claimed_by"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
