using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Export;

/// <summary>
/// <c>Entities/GeneratedTableModel.cs</c>: binds the tables to the entity classes exactly as the Studio's
/// <c>PropertyBagTableModel</c> binds them to property bags (same table, column and index names, keys, lengths),
/// and reads and writes columns with a switch per entity instead of reflection.
/// </summary>
internal static class TableModelFile
{
    public const string ClassName = "GeneratedTableModel";

    public static ExportFile Render(ExportNames names)
    {
        var code = new CodeWriter();
        code.Line("using ApiStudio.Runtime.Data;");
        code.Line("using Microsoft.EntityFrameworkCore;");
        code.Line("using Microsoft.EntityFrameworkCore.Metadata.Builders;");
        code.Line();
        code.Line($"namespace {names.EntitiesNamespace};");
        code.Line();
        code.Line("/// <summary>");
        code.Line("/// Binds the API's tables to this project's entity classes. The runtime reaches every column through this");
        code.Line("/// binding and <c>EF.Property</c>, by the column's API name, exactly as the Studio's simulator does with its");
        code.Line("/// property bags: same tables, columns, keys, lengths and unique indexes. Generated; do not edit.");
        code.Line("/// </summary>");
        using (code.Block($"public sealed class {ClassName} : ITableModel"))
        {
            code.Line("public object CacheKey { get; } = typeof(" + ClassName + ");");
            code.Line();
            Configure(code, names);
            Switches(code, names);
            foreach (var entity in names.Entities)
            {
                code.Line();
                ConfigureEntity(code, entity);
            }

            foreach (var entity in names.Entities)
            {
                code.Line();
                Getter(code, entity);
                code.Line();
                Setter(code, entity);
            }

            code.Line();
            code.Line("private static T Required<T>(object? value, string table, string column)");
            code.Line("    where T : struct =>");
            code.Line("    value is T typed ? typed : throw new InvalidOperationException($\"{table}.{column} is NOT NULL and cannot hold {value ?? \"null\"}.\");");

            code.Line();
            code.Line("private static ArgumentOutOfRangeException UnknownTable(string table) =>");
            code.Line("    new(nameof(table), table, \"Not a table of this API.\");");
            code.Line();
            code.Line("private static ArgumentOutOfRangeException UnknownColumn(string table, string column) =>");
            code.Line("    new(nameof(column), column, $\"Not a column of {table}.\");");
        }

        return new ExportFile($"{ExportLayout.EntitiesFolder}/{ClassName}.cs", code.ToString());
    }

    private static void Configure(CodeWriter code, ExportNames names)
    {
        using (code.Block("public void Configure(ModelBuilder modelBuilder)"))
        {
            foreach (var entity in names.Entities)
            {
                code.Line($"modelBuilder.Entity<{entity.ClassName}>({ConfigureName(entity)});");
            }
        }

        code.Line();
    }

    private static void Switches(CodeWriter code, ExportNames names)
    {
        Switch(code, "public Type EntityType(string table) => table switch", "UnknownTable(table)",
            names.Entities.Select(e => (Literal(e.Table.Name), $"typeof({e.ClassName})")));
        code.Line();
        Switch(code, "public IQueryable Query(DbContext context, string table) => table switch", "UnknownTable(table)",
            names.Entities.Select(e => (Literal(e.Table.Name), $"context.Set<{e.ClassName}>()")));
        code.Line();
        Switch(code, "public object CreateEntity(string table) => table switch", "UnknownTable(table)",
            names.Entities.Select(e => (Literal(e.Table.Name), $"new {e.ClassName}()")));
        code.Line();
        Switch(code, "public object? GetValue(object entity, string column) => entity switch", "new ArgumentException($\"{entity.GetType()} is not an entity of this API.\", nameof(entity))",
            names.Entities.Select(e => ($"{e.ClassName} row", $"{GetterName(e)}(row, column)")));
        code.Line();
        using (code.Block("public void SetValue(object entity, string column, object? value)"))
        {
            using (code.Block("switch (entity)"))
            {
                foreach (var entity in names.Entities)
                {
                    code.Line($"case {entity.ClassName} row:");
                    using (code.Indent())
                    {
                        code.Line($"{SetterName(entity)}(row, column, value);");
                        code.Line("break;");
                    }
                }

                code.Line("default:");
                using (code.Indent())
                {
                    code.Line("throw new ArgumentException($\"{entity.GetType()} is not an entity of this API.\", nameof(entity));");
                }
            }
        }

        code.Line();
        code.Line("public void Add(DbContext context, string table, object entity) => context.Add(entity);");
    }

    private static void Switch(CodeWriter code, string head, string otherwise, IEnumerable<(string Case, string Value)> arms)
    {
        code.Line(head);
        using (code.Block(closing: "};"))
        {
            foreach (var (label, value) in arms)
            {
                code.Line($"{label} => {value},");
            }

            code.Line($"_ => throw {otherwise},");
        }
    }

    private static void ConfigureEntity(CodeWriter code, EntityModel entity)
    {
        var table = entity.Table;
        using (code.Block($"private static void {ConfigureName(entity)}(EntityTypeBuilder<{entity.ClassName}> entity)"))
        {
            code.Line($"entity.ToTable({Literal(table.Name)});");
            foreach (var member in entity.Members.Where(m => m.FieldName is not null))
            {
                code.Line($"entity.Ignore(row => row.{member.PropertyName});");
            }

            foreach (var member in entity.Members)
            {
                var column = member.Column;
                // Optional columns have nullable CLR types, which EF Core maps as optional already.
                var line = $"entity.Property<{member.ClrTypeName}>({Literal(column.Name)})" + (member.IsNullable ? "" : ".IsRequired()");
                if (column.MaxLength is { } maxLength)
                {
                    line += $".HasMaxLength({maxLength})";
                }

                if (column.PrimaryKey)
                {
                    line += ".ValueGeneratedNever()";
                }

                code.Line(line + ";");
            }

            code.Line($"entity.HasKey({Literal(entity.Key.ColumnName)});");
            var organization = ResolvedFirewall.Resolve(table).OrganizationColumn;
            foreach (var column in table.Columns.Where(c => c.Unique && !c.PrimaryKey))
            {
                // Unique within an organization, as in the simulator: one tenant's values never collide with another's.
                var columns = organization is not null && organization != column.Name
                    ? $"{Literal(organization)}, {Literal(column.Name)}"
                    : Literal(column.Name);
                code.Line($"entity.HasIndex({columns}).IsUnique().HasDatabaseName({Literal($"ux_{table.Name}_{column.Name}")});");
            }
        }
    }

    private static void Getter(CodeWriter code, EntityModel entity)
    {
        code.Line($"private static object? {GetterName(entity)}({entity.ClassName} row, string column) => column switch");
        using (code.Block(closing: "};"))
        {
            foreach (var member in entity.Members)
            {
                code.Line($"{Literal(member.ColumnName)} => row.{member.PropertyName},");
            }

            code.Line($"_ => throw UnknownColumn({Literal(entity.Table.Name)}, column),");
        }
    }

    private static void Setter(CodeWriter code, EntityModel entity)
    {
        using (code.Block($"private static void {SetterName(entity)}({entity.ClassName} row, string column, object? value)"))
        {
            using (code.Block("switch (column)"))
            {
                foreach (var member in entity.Members)
                {
                    code.Line($"case {Literal(member.ColumnName)}:");
                    using (code.Indent())
                    {
                        code.Line($"row.{member.PropertyName} = {Conversion(entity, member)};");
                        code.Line("break;");
                    }
                }

                code.Line("default:");
                using (code.Indent())
                {
                    code.Line($"throw UnknownColumn({Literal(entity.Table.Name)}, column);");
                }
            }
        }
    }

    private static string Conversion(EntityModel entity, EntityMember member) => member switch
    {
        { IsValueType: true, IsNullable: false } => $"Required<{member.TypeName}>(value, {Literal(entity.Table.Name)}, {Literal(member.ColumnName)})",
        { IsNullable: true } => $"({member.TypeName})value",
        _ => $"({member.TypeName})value!",
    };

    private static string ConfigureName(EntityModel entity) => "Configure" + entity.ClassName;

    private static string GetterName(EntityModel entity) => entity.ClassName + "Value";

    private static string SetterName(EntityModel entity) => "Set" + entity.ClassName + "Value";

    private static string Literal(string value) => CSharpLiterals.String(value);
}
