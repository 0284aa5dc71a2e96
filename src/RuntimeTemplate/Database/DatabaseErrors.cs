using System.Text.RegularExpressions;
using ApiStudio.Runtime.Errors;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ApiStudio.Runtime.Database;

/// <summary>
/// Maps a failed write to the database layer's codes: NOT NULL (400) and UNIQUE (409) with the column when
/// the driver names it, anything else DB_INSERT_FAILED / DB_UPDATE_FAILED (500).
/// </summary>
public static partial class DatabaseErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintNotNull = 1299;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static ApiError From(DbUpdateException exception, bool insert) => exception.InnerException switch
    {
        SqliteException sqlite => FromSqlite(sqlite, insert),
        PostgresException postgres => FromPostgres(postgres, insert),
        _ => ApiErrors.DbWriteFailed(insert),
    };

    /// <summary>
    /// Whether the write failed on a unique index of exactly this column of this table, and no other constraint:
    /// a sign-up that lost the race to the email's index is "email taken", any other failure is not.
    /// </summary>
    public static bool IsUniqueViolationOf(DbUpdateException exception, string table, string column) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique
            && SqliteColumns().Match(sqlite.Message) is { Success: true } match
            && match.Groups["columns"].Value.Split(',').Select(c => c.Trim()).SequenceEqual([$"{table}.{column}"]),
        // EF Core names a single-column index IX_{table}_{column}; the runtime's own are ux_{table}_{column}.
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation && postgres.TableName == table
            && (postgres.ConstraintName is { } constraint
                && (constraint == $"IX_{table}_{column}" || constraint == $"ux_{table}_{column}")),
        _ => false,
    };

    private static ApiError FromSqlite(SqliteException exception, bool insert)
    {
        if (exception.SqliteErrorCode != SqliteConstraint)
        {
            return ApiErrors.DbWriteFailed(insert);
        }

        // "UNIQUE constraint failed: contacts.organizationId, contacts.email": the last column is the user's.
        var column = SqliteColumns().Match(exception.Message) is { Success: true } match
            ? match.Groups["columns"].Value.Split(',').Select(c => c.Trim()).Last().Split('.').Last()
            : null;
        return exception.SqliteExtendedErrorCode switch
        {
            SqliteConstraintNotNull => ApiErrors.DbNotNullViolation(column),
            SqliteConstraintUnique or SqliteConstraintPrimaryKey => ApiErrors.DbUniqueViolation(column),
            _ => ApiErrors.DbWriteFailed(insert),
        };
    }

    private static ApiError FromPostgres(PostgresException exception, bool insert) => exception.SqlState switch
    {
        PostgresErrorCodes.NotNullViolation => ApiErrors.DbNotNullViolation(exception.ColumnName),
        PostgresErrorCodes.UniqueViolation => ApiErrors.DbUniqueViolation(PostgresUniqueColumn(exception)),
        _ => ApiErrors.DbWriteFailed(insert),
    };

    /// <summary>
    /// The column of a unique violation: from the index name the runtime gives (<c>ux_{table}_{column}</c>),
    /// else from "Key ("organizationId", email)=(…) already exists.", which servers send only with error detail on.
    /// </summary>
    private static string? PostgresUniqueColumn(PostgresException exception)
    {
        var prefix = $"ux_{exception.TableName}_";
        if (exception.ConstraintName is { } constraint && constraint.StartsWith(prefix, StringComparison.Ordinal))
        {
            return constraint[prefix.Length..];
        }

        return exception.Detail is { } detail && PostgresKey().Match(detail) is { Success: true } match
            ? match.Groups["columns"].Value.Split(',').Select(c => c.Trim().Trim('"')).Last()
            : null;
    }

    [GeneratedRegex(@"constraint failed: (?<columns>[\w.]+(?:,\s*[\w.]+)*)")]
    private static partial Regex SqliteColumns();

    [GeneratedRegex(@"^Key \((?<columns>[^)]+)\)=")]
    private static partial Regex PostgresKey();
}
