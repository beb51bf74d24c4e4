// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs a query with its parameters bound (never concatenated) and walks its rows. */
final class Rows {
    private Rows() {
    }

    /** Does something with the current row. */
    @FunctionalInterface
    interface Handler {
        void row(ResultSet rs) throws SQLException;
    }

    /** Makes a value of the current row. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Hands each row of {@code sql}, run with {@code params} bound in order, to {@code handler}. */
    static void each(Connection c, String sql, Handler handler, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }

    /** The rows of {@code sql}, run with {@code params} bound in order, each read by {@code reader}. */
    static <T> List<T> list(Connection c, String sql, Reader<T> reader, Object... params) throws SQLException {
        List<T> out = new ArrayList<>();
        each(c, sql, rs -> out.add(reader.read(rs)), params);
        return out;
    }
}
