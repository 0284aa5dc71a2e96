using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Export;

/// <summary><c>Entities/{Entity}.cs</c>: the typed row of one table, documented from the definition.</summary>
internal static class EntityFile
{
    public static ExportFile Render(ExportNames names, EntityModel entity)
    {
        var table = entity.Table;
        var code = new CodeWriter();
        code.Line($"namespace {names.EntitiesNamespace};").Line();
        code.Summary(table.Description ?? $"A row of {table.Name}.");
        code.Line("/// <remarks>");
        code.Line($"/// Table <c>{XmlDocText.Inline(table.Name)}</c>. Generated from api.json: add members in a partial class under {ExportLayout.CustomFolder}/, never here.");
        if (entity.Members.Any(m => m.FieldName is not null))
        {
            code.Line("/// The runtime reads and writes columns by their API names, so each value lives in a field spelled like its column.");
        }

        code.Line("/// </remarks>");
        using (code.Block($"public partial class {entity.ClassName}"))
        {
            var fields = entity.Members.Where(m => m.FieldName is not null).ToList();
            foreach (var member in fields)
            {
                code.Line($"private {member.TypeName} {member.FieldName}{Initializer(member)};");
            }

            if (fields.Count > 0)
            {
                code.Line();
            }

            for (var i = 0; i < entity.Members.Count; i++)
            {
                var member = entity.Members[i];
                if (i > 0)
                {
                    code.Line();
                }

                code.Summary(Describe(member.Column));
                code.Line(member.FieldName is { } field
                    ? $"public {member.TypeName} {member.PropertyName} {{ get => {field}; set => {field} = value; }}"
                    : $"public {member.TypeName} {member.PropertyName} {{ get; set; }}{Initializer(member)}{(Initializer(member).Length > 0 ? ";" : "")}");
            }
        }

        return new ExportFile($"{ExportLayout.EntitiesFolder}/{entity.ClassName}.cs", code.ToString());
    }

    /// <summary><c>organizationId</c> reads "Organization id.", <c>first_name</c> "First name.".</summary>
    private static string Humanize(string name)
    {
        var words = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '_')
            {
                words.Append(' ');
            }
            else if (char.IsUpper(c) && i > 0 && !char.IsUpper(name[i - 1]))
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(words.Length == 0 ? char.ToUpperInvariant(c) : c);
            }
        }

        return words.ToString().Trim() + ".";
    }

    private static string Initializer(EntityMember member) => member is { IsValueType: false, IsNullable: false } ? " = \"\"" : "";

    private static string Describe(ColumnDefinition column)
    {
        var facts = new List<string>();
        if (column.PrimaryKey)
        {
            facts.Add("Primary key.");
        }

        if (column.Unique)
        {
            facts.Add("Unique.");
        }

        if (column.MaxLength is { } length)
        {
            facts.Add($"At most {length} characters.");
        }

        if (column.Enum.Count > 0)
        {
            facts.Add($"One of {string.Join(", ", column.Enum)}.");
        }

        if (column.Format is { } format)
        {
            facts.Add($"Format: {format.ToString().ToLowerInvariant()}.");
        }

        if (column.References is { } references)
        {
            facts.Add($"References {references}.");
        }

        var description = column.Description ?? Humanize(column.Name);
        return facts.Count == 0 ? description : description + " " + string.Join(" ", facts);
    }
}
