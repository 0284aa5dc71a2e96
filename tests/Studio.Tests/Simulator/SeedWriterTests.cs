using System.Globalization;
using ApiStudio.Runtime.Authentication.Data;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Studio.Simulator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ApiStudio.Studio.Tests.Simulator;

public sealed class SeedWriterTests
{
    private static readonly DateTime Moment = new(2026, 3, 4, 5, 6, 7, 890, DateTimeKind.Utc);

    // Every column type, nullable and not, with and without a value.
    private static readonly ApiDefinition Definition = new()
    {
        Tables =
        [
            new TableDefinition
            {
                Name = "samples",
                SoftDelete = true,
                Columns =
                [
                    new ColumnDefinition { Name = "id", Type = ColumnType.Uuid, PrimaryKey = true },
                    new ColumnDefinition { Name = "organizationId", Type = ColumnType.Uuid, Nullable = false },
                    new ColumnDefinition { Name = "title", Type = ColumnType.Text, Nullable = false, MaxLength = 50, Unique = true },
                    new ColumnDefinition { Name = "count", Type = ColumnType.Integer },
                    new ColumnDefinition { Name = "amount", Type = ColumnType.Real, Nullable = false },
                    new ColumnDefinition { Name = "active", Type = ColumnType.Boolean },
                    new ColumnDefinition { Name = "dueAt", Type = ColumnType.Timestamp },
                    new ColumnDefinition { Name = "payload", Type = ColumnType.Json },
                    new ColumnDefinition { Name = "ref", Type = ColumnType.Uuid },
                ],
            },
            new TableDefinition
            {
                Name = "counters",
                Columns = [new ColumnDefinition { Name = "id", Type = ColumnType.Integer, PrimaryKey = true }, new ColumnDefinition { Name = "label" }],
            },
        ],
    };

    [Fact]
    public async Task Rows_written_without_the_change_tracker_are_stored_exactly_as_SaveChanges_stores_them()
    {
        await using var tracked = await OpenAsync();
        await using var written = await OpenAsync();

        foreach (var row in Rows())
        {
            if (row is (string table, Dictionary<string, object?> values))
            {
                var entity = tracked.Context.Tables.CreateEntity(table);
                foreach (var column in SystemColumns.EffectiveColumns(Definition.FindTable(table)!))
                {
                    tracked.Context.Tables.SetValue(entity, column.Name, values.GetValueOrDefault(column.Name));
                }

                tracked.Context.Tables.Add(tracked.Context, table, entity);
            }
            else
            {
                tracked.Context.Add(row);
            }
        }

        await tracked.Context.SaveChangesAsync();
        var writer = new SeedWriter(written.Context);
        foreach (var row in Rows())
        {
            switch (row)
            {
                case (string table, Dictionary<string, object?> values):
                    writer.AddRow(table, values);
                    break;
                case AuthUser user:
                    writer.Add(user);
                    break;
                case AuthOrganization organization:
                    writer.Add(organization);
                    break;
                case AuthMembership membership:
                    writer.Add(membership);
                    break;
                case AuthSession session:
                    writer.Add(session);
                    break;
                case AuthApiKey key:
                    writer.Add(key);
                    break;
            }
        }

        await writer.SaveAsync(CancellationToken.None);

        var expected = Dump(tracked.Connection);
        Assert.Equal(Rows().Count(), expected.Count);
        Assert.Equal(expected, Dump(written.Connection));
    }

    [Fact]
    public async Task Written_rows_read_back_through_EF_Core_with_their_values()
    {
        await using var written = await OpenAsync();
        var writer = new SeedWriter(written.Context);
        foreach (var row in Rows().OfType<(string, Dictionary<string, object?>)>())
        {
            writer.AddRow(row.Item1, row.Item2);
        }

        await writer.SaveAsync(CancellationToken.None);

        var first = await written.Context.Set<Dictionary<string, object>>("samples").AsNoTracking()
            .SingleAsync(e => EF.Property<string>(e, "title") == "first");
        Assert.Equal(Guid.Parse("00000000-0000-0000-0000-00000000000a"), first["id"]);
        Assert.Equal(12L, first["count"]);
        Assert.Equal(3.25, first["amount"]);
        Assert.Equal(true, first["active"]);
        Assert.Equal(Moment, (DateTime)first["dueAt"]);
        Assert.Equal("{\"a\":1}", first["payload"]);
    }

    [Fact]
    public async Task Rows_are_written_to_a_database_given_by_connection_string_and_its_connection_is_left_closed()
    {
        var file = Path.Combine(Path.GetTempPath(), $"seed-writer-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<ApiDbContext>()
                .UseSqlite($"Data Source={file};Pooling=False")
                .ReplaceService<IModelCacheKeyFactory, TableModelCacheKeyFactory>()
                .Options;
            await using var context = new ApiDbContext(options, new SandboxTableModel(Definition));
            await context.Database.EnsureCreatedAsync();
            var writer = new SeedWriter(context);
            writer.Add(new AuthUser { Id = "u1", Email = "a@example.com", PasswordHash = "hash", CreatedAt = Moment });

            await writer.SaveAsync(CancellationToken.None);

            Assert.Equal(System.Data.ConnectionState.Closed, context.Database.GetDbConnection().State);
            Assert.Equal("a@example.com", (await context.Set<AuthUser>().AsNoTracking().SingleAsync()).Email);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static IEnumerable<object> Rows()
    {
        yield return new AuthUser { Id = "u1", Email = "a@example.com", Name = "Ann", PasswordHash = "hash", CreatedAt = Moment };
        yield return new AuthUser { Id = "u2", Email = "b@example.com", PasswordHash = "hash2", CreatedAt = Moment.AddDays(1) };
        yield return new AuthOrganization { Id = "o1", Name = "Org", CreatedBy = "u1", CreatedAt = Moment };
        yield return new AuthMembership { Id = "m1", OrganizationId = "o1", UserId = "u1", Role = "admin", CreatedAt = Moment };
        yield return new AuthSession
        {
            Id = "s1", ChainId = "s1", Kind = AuthSessionKind.Refresh, TokenHash = new string('a', 64), UserId = "u1",
            ActiveOrganizationId = "o1", CreatedAt = Moment, ExpiresAt = Moment.AddDays(7), UsedAt = Moment.AddHours(1),
        };
        yield return new AuthApiKey
        {
            Id = "k1", OrganizationId = "o1", CreatedBy = "u2", Kind = "sk", DisplayPrefix = "sk_12345678", KeyHash = new string('b', 64),
            Scopes = "*:*", Environment = "dev", ExpiresAt = Moment.AddDays(30), CreatedAt = Moment,
        };
        yield return ("samples", new Dictionary<string, object?>
        {
            ["id"] = Guid.Parse("00000000-0000-0000-0000-00000000000a"),
            ["organizationId"] = Guid.Parse("00000000-0000-0000-0000-0000000000b1"),
            ["title"] = "first",
            ["count"] = 12L,
            ["amount"] = 3.25,
            ["active"] = true,
            ["dueAt"] = Moment,
            ["payload"] = "{\"a\":1}",
            ["ref"] = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"),
            [SystemColumns.CreatedAt] = Moment,
            [SystemColumns.ModifiedAt] = Moment,
            [SystemColumns.CreatedBy] = "u1",
        });
        yield return ("samples", new Dictionary<string, object?>
        {
            ["id"] = Guid.Parse("00000000-0000-0000-0000-00000000000b"),
            ["organizationId"] = Guid.Parse("00000000-0000-0000-0000-0000000000b1"),
            ["title"] = "second",
            ["amount"] = 0.0,
            ["active"] = false,
            [SystemColumns.CreatedAt] = Moment,
            [SystemColumns.ModifiedAt] = Moment,
            [SystemColumns.DeletedAt] = Moment.AddMinutes(1),
            [SystemColumns.DeletedBy] = "u2",
        });
        yield return ("counters", new Dictionary<string, object?>
        {
            ["id"] = 7L,
            ["label"] = "seven",
            [SystemColumns.CreatedAt] = Moment,
            [SystemColumns.ModifiedAt] = Moment,
        });
    }

    /// <summary>Every row of every table, ordered by key, each value with its SQLite storage class.</summary>
    private static List<string> Dump(SqliteConnection connection)
    {
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var lines = new List<string>();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var cells = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i)
                    ? $"{reader.GetName(i)}=NULL"
                    : $"{reader.GetName(i)}={reader.GetFieldType(i).Name}:{Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)}");
                lines.Add(table + " " + string.Join(" | ", cells));
            }
        }

        return lines;
    }

    private static async Task<Database> OpenAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<ApiDbContext>()
            .UseSqlite(connection)
            .ReplaceService<IModelCacheKeyFactory, TableModelCacheKeyFactory>()
            .Options;
        var context = new ApiDbContext(options, new SandboxTableModel(Definition));
        await context.Database.EnsureCreatedAsync();
        return new Database(connection, context);
    }

    private sealed record Database(SqliteConnection Connection, ApiDbContext Context) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Context.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }
}
