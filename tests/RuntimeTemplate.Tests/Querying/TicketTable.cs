using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Querying;

/// <summary>A table with a column of every filterable type, nullable and not, and rows that exercise them.</summary>
public static class TicketTable
{
    public static readonly Guid OrgA = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    public static readonly Guid OrgB = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");
    public static readonly Guid RefLow = Guid.Parse("10000000-0000-0000-0000-000000000000");
    public static readonly Guid RefHigh = Guid.Parse("f0000000-0000-0000-0000-000000000000");

    public static TableDefinition Definition { get; } = new()
    {
        Name = "tickets",
        Columns =
        [
            new() { Name = "id", Type = ColumnType.Text, PrimaryKey = true, Nullable = false },
            new() { Name = "title", Type = ColumnType.Text, Nullable = false },
            new() { Name = "stage", Type = ColumnType.Text, Enum = ["open", "won", "lost"] },
            new() { Name = "ownerId", Type = ColumnType.Text },
            new() { Name = "organizationId", Type = ColumnType.Uuid, Nullable = false },
            new() { Name = "priority", Type = ColumnType.Integer },
            new() { Name = "amount", Type = ColumnType.Real },
            new() { Name = "urgent", Type = ColumnType.Boolean, Nullable = false },
            new() { Name = "dueAt", Type = ColumnType.Timestamp },
            new() { Name = "externalRef", Type = ColumnType.Uuid },
            new() { Name = "details", Type = ColumnType.Json },
            new() { Name = "notes", Type = ColumnType.Text },
            new() { Name = "email", Type = ColumnType.Text },
        ],
    };

    /// <summary>Ids in primary-key order.</summary>
    public static IReadOnlyList<string> AllIds => Rows.Select(r => (string)r["id"]!).Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<Dictionary<string, object?>> Rows { get; } =
    [
        Row("t01", "Printer on fire", "open", "u1", OrgA, 3, 10.5, true, At(2024, 5, 1), RefLow, "{\"floor\":2}", "needs toner", "ann@example.com", created: At(2024, 1, 1)),
        Row("t02", "Refund 50% now", "won", "u2", OrgA, 1, 99.0, false, At(2024, 6, 1), null, null, "100% sure", null, created: At(2024, 1, 2)),
        Row("t03", "Under_score in title", "lost", null, OrgA, null, null, false, null, RefHigh, null, null, null, created: At(2024, 1, 3)),
        Row("t04", "Café crème", "open", "u1", OrgB, 2, 0.0, false, At(2024, 4, 1), null, null, "naïve", null, created: At(2024, 1, 4)),
        Row("t05", @"back\slash path", null, "u3", OrgA, 5, -3.25, true, At(2024, 7, 15, 12), null, null, null, null, created: At(2024, 1, 5)),
        Row("t06", "PRINTER jam", "open", "u2", OrgA, 3, 42.0, true, null, RefLow, null, "printer again", "bob@example.com", created: At(2024, 1, 6)),
        Row("t07", "O'Brien's ticket", "won", "u1", OrgB, 4, 7.75, false, At(2024, 6, 1), null, null, "'; DROP TABLE tickets; --", null, created: At(2024, 1, 7)),
        Row("t08", "quiet", null, null, OrgA, null, null, false, null, null, null, null, null, created: At(2024, 1, 8)),
        Row("t09", "Zebra crossing", "lost", "u2", OrgA, 1, 10.5, true, At(2023, 12, 31), RefHigh, null, "café", null, created: At(2024, 1, 9)),
        Row("t10", "Monitor flicker", "open", "u1", OrgA, 2, 15.0, false, At(2024, 5, 20), null, null, null, null, created: At(2024, 1, 10)),
        Row("t11", "Keyboard", "open", "u3", OrgA, null, 1.0, false, At(2024, 5, 1), null, null, "ÉCLAIR", null, created: At(2024, 1, 11)),
        Row("t12", "Mouse_pad", "won", "u1", OrgA, 5, 1.0, true, null, RefLow, null, null, null, created: At(2024, 1, 12)),
    ];

    public static DateTime At(int year, int month, int day, int hour = 0) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    private static Dictionary<string, object?> Row(string id, string title, string? stage, string? ownerId, Guid organizationId, long? priority,
        double? amount, bool urgent, DateTime? dueAt, Guid? externalRef, string? details, string? notes, string? email, DateTime created) =>
        new(StringComparer.Ordinal)
        {
            ["id"] = id,
            ["title"] = title,
            ["stage"] = stage,
            ["ownerId"] = ownerId,
            ["organizationId"] = organizationId,
            ["priority"] = priority,
            ["amount"] = amount,
            ["urgent"] = urgent,
            ["dueAt"] = dueAt,
            ["externalRef"] = externalRef,
            ["details"] = details,
            ["notes"] = notes,
            ["email"] = email,
            ["createdAt"] = created,
            ["createdBy"] = ownerId,
            ["modifiedAt"] = created,
            ["modifiedBy"] = ownerId,
        };
}
