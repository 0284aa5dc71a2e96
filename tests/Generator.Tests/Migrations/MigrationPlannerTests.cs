using ApiStudio.Generator.Migrations;
using ApiStudio.Runtime.Definition;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace ApiStudio.Generator.Tests.Migrations;

public sealed class MigrationPlannerTests
{
    private static readonly MigrationPlan V1ToV2 = MigrationPlanner.Plan(ShopDefinitions.V1, ShopDefinitions.V2);

    private static List<T> Operations<T>(MigrationPlan plan) => plan.Steps.SelectMany(s => s.Operations).OfType<T>().ToList();

    [Fact]
    public void Initial_plan_creates_every_table_with_its_audit_columns_and_unique_indexes()
    {
        var crm = ShopDefinitions.Sample("crm.api.json");

        var plan = MigrationPlanner.Plan(null, crm);

        var creates = Operations<CreateTableOperation>(plan);
        Assert.Equal(crm.Tables.Select(t => t.Name), creates.Select(c => c.Name));
        foreach (var (table, create) in crm.Tables.Zip(creates))
        {
            Assert.Equal(SystemColumns.EffectiveColumns(table).Select(c => c.Name), create.Columns.Select(c => c.Name));
            Assert.Equal([table.PrimaryKey!.Name], create.PrimaryKey!.Columns);
            Assert.Equal($"PK_{table.Name}", create.PrimaryKey.Name);
        }

        var contacts = creates.Single(c => c.Name == "contacts");
        Assert.Equal(["createdAt", "createdBy", "modifiedAt", "modifiedBy", "deletedAt", "deletedBy"], contacts.Columns.TakeLast(6).Select(c => c.Name));
        Assert.False(contacts.Columns.Single(c => c.Name == "createdAt").IsNullable);
        Assert.Equal(typeof(DateTime), contacts.Columns.Single(c => c.Name == "createdAt").ClrType);
        Assert.Equal(320, contacts.Columns.Single(c => c.Name == "email").MaxLength);
        Assert.DoesNotContain("deletedAt", creates.Single(c => c.Name == "companies").Columns.Select(c => c.Name));

        var index = Assert.Single(Operations<CreateIndexOperation>(plan));
        Assert.Equal(("ux_contacts_email", "contacts", true), (index.Name, index.Table, index.IsUnique));
        Assert.Equal(["organizationId", "email"], index.Columns);
        Assert.Empty(plan.Notes);
    }

    [Fact]
    public void Unique_column_of_a_table_without_organization_column_gets_a_single_column_index()
    {
        var definition = ShopDefinitions.V2 with
        {
            Tables = [new TableDefinition
            {
                Name = "postings",
                Firewall = new FirewallDefinition { Exception = true },
                Columns = [new() { Name = "id", Type = ColumnType.Uuid, PrimaryKey = true }, new() { Name = "slug", Unique = true }],
            }],
        };

        var index = Assert.Single(Operations<CreateIndexOperation>(MigrationPlanner.Plan(null, definition)));

        Assert.Equal(["slug"], index.Columns);
    }

    [Fact]
    public void Added_table_is_created_with_its_columns_and_unique_index()
    {
        var create = Assert.Single(Operations<CreateTableOperation>(V1ToV2));

        Assert.Equal("tags", create.Name);
        Assert.Contains(Operations<CreateIndexOperation>(V1ToV2), i => i.Name == "ux_tags_label" && i.Columns.SequenceEqual(["organizationId", "label"]));
    }

    [Fact]
    public void Added_nullable_column_is_added_as_is()
    {
        var phone = Operations<AddColumnOperation>(V1ToV2).Single(c => c.Name == "phone");

        Assert.Equal(("customers", true, null), (phone.Table, phone.IsNullable, phone.DefaultValue));
    }

    [Fact]
    public void Added_NOT_NULL_column_gives_existing_rows_its_default_and_says_so()
    {
        var added = Operations<AddColumnOperation>(V1ToV2);

        Assert.Equal("basic", added.Single(c => c.Name == "tier").DefaultValue);
        Assert.Equal(1L, added.Single(c => c is { Table: "jobs", Name: "headcount" }).DefaultValue);
        Assert.All(added.Where(c => c.Name is "tier" or "headcount"), c => Assert.False(c.IsNullable));
        Assert.Contains(V1ToV2.Notes, n => n is { Kind: MigrationNoteKind.ExistingRowsFilled, Table: "customers", Column: "tier" } && n.Message.Contains("'basic'"));
    }

    [Fact]
    public void Added_NOT_NULL_column_without_a_literal_default_gives_existing_rows_a_fixed_value_of_its_type()
    {
        var v2 = ShopDefinitions.V2 with
        {
            Tables = [.. ShopDefinitions.V2.Tables.Select(t => t.Name != "tags" ? t : t with
            {
                Columns = [.. t.Columns,
                    new() { Name = "seenAt", Type = ColumnType.Timestamp, Nullable = false, Default = Operand.Reference(Operand.Now) },
                    new() { Name = "token", Type = ColumnType.Uuid, Nullable = false, Unique = true }],
            })],
        };
        var v3 = MigrationPlanner.Plan(ShopDefinitions.V2, v2);

        var added = Operations<AddColumnOperation>(v3);
        Assert.Equal(DateTime.UnixEpoch, added.Single(c => c.Name == "seenAt").DefaultValue);
        Assert.Equal(Guid.Empty, added.Single(c => c.Name == "token").DefaultValue);
        Assert.Contains(v3.Notes, n => n.Column == "token" && n.Message.Contains("Add it nullable first"));
    }

    [Fact]
    public void Turning_on_soft_delete_adds_the_soft_delete_columns()
    {
        var added = Operations<AddColumnOperation>(V1ToV2).Where(c => c.Table == "customers").Select(c => c.Name);

        Assert.Contains("deletedAt", added);
        Assert.Contains("deletedBy", added);
    }

    [Fact]
    public void Column_renamed_by_a_hint_is_renamed_in_place_and_its_unique_index_follows()
    {
        var rename = Assert.Single(Operations<RenameColumnOperation>(V1ToV2));

        Assert.Equal(("customers", "mail", "email"), (rename.Table, rename.Name, rename.NewName));
        Assert.DoesNotContain(Operations<AddColumnOperation>(V1ToV2), c => c.Name == "email");
        Assert.Contains(Operations<DropIndexOperation>(V1ToV2), i => i.Name == "ux_customers_mail");
        Assert.Contains(Operations<CreateIndexOperation>(V1ToV2), i => i.Name == "ux_customers_email" && i.Columns.SequenceEqual(["organizationId", "email"]));
        Assert.DoesNotContain(V1ToV2.Notes, n => n.Column is "mail" or "email");
    }

    [Fact]
    public void Table_renamed_by_a_hint_is_renamed_in_place_with_its_columns()
    {
        var rename = Assert.Single(Operations<RenameTableOperation>(V1ToV2));

        Assert.Equal(("openings", "jobs"), (rename.Name, rename.NewName));
        Assert.DoesNotContain(Operations<CreateTableOperation>(V1ToV2), c => c.Name == "jobs");
        Assert.Equal(["headcount"], Operations<AddColumnOperation>(V1ToV2).Where(c => c.Table == "jobs").Select(c => c.Name));
        Assert.Contains(Operations<DropIndexOperation>(V1ToV2), i => i.Name == "ux_openings_code");
        Assert.Contains(Operations<CreateIndexOperation>(V1ToV2), i => i.Name == "ux_jobs_code");
        Assert.DoesNotContain(V1ToV2.Notes, n => n.Table == "openings");
    }

    [Fact]
    public void Column_of_a_renamed_table_is_renamed_under_the_tables_new_name()
    {
        var v2 = ShopDefinitions.V2 with
        {
            Tables = [.. ShopDefinitions.V2.Tables.Select(t => t.Name != "jobs" ? t : t with
            {
                Columns = [.. t.Columns.Select(c => c.Name == "title" ? c with { Name = "headline" } : c)],
            })],
            Renames = [.. ShopDefinitions.V2.Renames, new RenameHint { Kind = RenameKind.Column, Table = "jobs", From = "title", To = "headline" }],
        };

        var plan = MigrationPlanner.Plan(ShopDefinitions.V1, v2);

        var operations = plan.Steps.SelectMany(s => s.Operations).ToList();
        var renameTable = operations.FindIndex(o => o is RenameTableOperation);
        var renameColumn = operations.FindIndex(o => o is RenameColumnOperation { Table: "jobs", Name: "title", NewName: "headline" });
        Assert.InRange(renameColumn, renameTable + 1, operations.Count);
        Assert.DoesNotContain(plan.Notes, n => n.Column is "title" or "headline");
    }

    [Fact]
    public void Table_rename_comes_before_the_steps_that_use_the_new_name()
    {
        var steps = V1ToV2.Steps.Select(s => s.Operations[0]).ToList();

        var rename = steps.FindIndex(o => o is RenameTableOperation);
        Assert.True(rename < steps.FindIndex(o => o is AddColumnOperation { Table: "jobs" }));
        Assert.True(rename < steps.FindIndex(o => o is CreateIndexOperation { Table: "jobs" }));
    }

    [Fact]
    public void Removed_column_stays_in_the_database_with_a_note_and_no_drop()
    {
        var note = Assert.Single(V1ToV2.Notes, n => n.Kind == MigrationNoteKind.ColumnKept);

        Assert.Equal(("customers", "fax"), (note.Table, note.Column));
        Assert.Contains("stays in the database", note.Message);
        Assert.Contains("rename hint", note.Message);
        Assert.Empty(Operations<DropColumnOperation>(V1ToV2));
    }

    [Fact]
    public void Removed_NOT_NULL_column_note_says_inserts_fail_and_how_to_relax_it()
    {
        var plan = MigrationPlanner.Plan(ShopDefinitions.V1, ShopDefinitions.V2 with
        {
            Tables = [.. ShopDefinitions.V2.Tables.Select(t => t.Name != "customers" ? t : t with { Columns = [.. t.Columns.Where(c => c.Name != "name")] })],
        });

        var note = Assert.Single(plan.Notes, n => n is { Kind: MigrationNoteKind.ColumnKept, Column: "name" });
        Assert.Contains("inserts fail", note.Message);
        Assert.Contains("ALTER TABLE \"customers\" ALTER COLUMN \"name\" DROP NOT NULL", note.Message);
    }

    [Fact]
    public void Removed_table_stays_in_the_database_with_a_note_and_no_drop()
    {
        var note = Assert.Single(V1ToV2.Notes, n => n.Kind == MigrationNoteKind.TableKept);

        Assert.Equal("legacy", note.Table);
        Assert.Empty(Operations<DropTableOperation>(V1ToV2));
    }

    [Fact]
    public void Type_change_is_reported_and_not_migrated()
    {
        var note = Assert.Single(V1ToV2.Notes, n => n.Kind == MigrationNoteKind.TypeNotMigrated);

        Assert.Equal(("jobs", "salary"), (note.Table, note.Column));
        Assert.Contains("from integer to real", note.Message);
        Assert.Empty(Operations<AlterColumnOperation>(V1ToV2));
        Assert.DoesNotContain(V1ToV2.Steps.SelectMany(s => s.Operations), o => o is ColumnOperation { Name: "salary" });
    }

    [Fact]
    public void Nullability_change_is_reported_and_not_migrated()
    {
        var note = Assert.Single(V1ToV2.Notes, n => n.Kind == MigrationNoteKind.NullabilityNotMigrated);

        Assert.Equal(("customers", "vip"), (note.Table, note.Column));
        Assert.Contains("SET NOT NULL", note.Message);
    }

    [Fact]
    public void Max_length_change_is_reported_and_not_migrated()
    {
        var plan = MigrationPlanner.Plan(ShopDefinitions.V2, ShopDefinitions.V2 with
        {
            Tables = [.. ShopDefinitions.V2.Tables.Select(t => t.Name != "customers" ? t : t with
            {
                Columns = [.. t.Columns.Select(c => c.Name == "name" ? c with { MaxLength = 200 } : c)],
            })],
        });

        Assert.True(plan.IsEmpty);
        var note = Assert.Single(plan.Notes);
        Assert.Equal((MigrationNoteKind.MaxLengthNotMigrated, "name"), (note.Kind, note.Column));
        Assert.Contains("TYPE character varying(200)", note.Message);
    }

    [Fact]
    public void Removed_and_added_names_without_a_hint_are_never_taken_for_a_rename()
    {
        var plan = MigrationPlanner.Plan(ShopDefinitions.V1, ShopDefinitions.V2WithoutHints);

        Assert.Empty(Operations<RenameColumnOperation>(plan));
        Assert.Empty(Operations<RenameTableOperation>(plan));
        Assert.Contains(Operations<AddColumnOperation>(plan), c => c is { Table: "customers", Name: "email" });
        Assert.Contains(plan.Notes, n => n is { Kind: MigrationNoteKind.ColumnKept, Table: "customers", Column: "mail" });
        Assert.Contains(Operations<CreateTableOperation>(plan), t => t.Name == "jobs");
        Assert.Contains(plan.Notes, n => n is { Kind: MigrationNoteKind.TableKept, Table: "openings" });
    }

    [Fact]
    public void Hints_that_no_longer_describe_a_change_are_ignored()
    {
        var plan = MigrationPlanner.Plan(ShopDefinitions.V2, ShopDefinitions.V2);

        Assert.True(plan.IsEmpty);
        Assert.Empty(plan.Notes);
    }

    [Fact]
    public void Column_that_stops_being_unique_loses_its_index_and_keeps_its_values()
    {
        var plan = MigrationPlanner.Plan(ShopDefinitions.V2, ShopDefinitions.V2 with
        {
            Tables = [.. ShopDefinitions.V2.Tables.Select(t => t.Name != "tags" ? t : t with
            {
                Columns = [.. t.Columns.Select(c => c with { Unique = false })],
            })],
        });

        var step = Assert.Single(plan.Steps);
        Assert.Equal("ux_tags_label", Assert.IsType<DropIndexOperation>(Assert.Single(step.Operations)).Name);
        Assert.Contains("no longer unique", step.Description);
    }

    [Fact]
    public void Every_step_has_a_description()
    {
        Assert.All(V1ToV2.Steps, s => Assert.False(string.IsNullOrWhiteSpace(s.Description)));
        Assert.Contains(V1ToV2.Steps, s => s.Description == "Rename column customers.mail to email (rename hint); its values move with it");
    }

    [Fact]
    public void Definition_with_a_table_without_primary_key_is_refused()
    {
        var keyless = ShopDefinitions.V2 with { Tables = [new TableDefinition { Name = "loose", Columns = [new() { Name = "x" }] }] };

        Assert.Throws<ArgumentException>(() => MigrationPlanner.Plan(null, keyless));
    }
}
