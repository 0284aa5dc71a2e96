using System.Globalization;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Export;

/// <summary>
/// Every C# name an export uses, decided once per definition so files agree: the root namespace, one entity
/// class per table and one handler class per action. Names never collide with each other, with the types the
/// generated code itself uses, or (ignoring case, since they are file names too) with each other's files.
/// </summary>
public sealed class ExportNames
{
    /// <summary>Types the generated files of the Entities namespace use by their simple names.</summary>
    private static readonly string[] TypesInUse =
    [
        "ArgumentOutOfRangeException", "DateTime", "DbContext", "EF", "EntityTypeBuilder", "Guid", "GeneratedTableModel",
        "IQueryable", "ITableModel", "InvalidOperationException", "ModelBuilder", "Nullable", "Object", "String", "System",
        "Microsoft", "ApiStudio", "Task", "Type",
    ];

    /// <summary>Members every class inherits from <see cref="object"/>; a property of that name would hide one.</summary>
    private static readonly string[] ObjectMembers = ["Equals", "Finalize", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString"];

    private ExportNames(string rootNamespace, IReadOnlyList<EntityModel> entities, IReadOnlyList<ActionHandlerModel> handlers)
    {
        RootNamespace = rootNamespace;
        Entities = entities;
        Handlers = handlers;
    }

    /// <summary>The project's name in PascalCase: root namespace, assembly and csproj name.</summary>
    public string RootNamespace { get; }

    public IReadOnlyList<EntityModel> Entities { get; }

    public IReadOnlyList<ActionHandlerModel> Handlers { get; }

    public string EntitiesNamespace => RootNamespace + ".Entities";

    public string ActionsNamespace => RootNamespace + ".Actions";

    public string HostingNamespace => RootNamespace + ".Hosting";

    public static ExportNames For(ApiDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var root = ProjectName(definition.Project.Name);
        var classNames = new HashSet<string>(TypesInUse.Append(root), StringComparer.OrdinalIgnoreCase);
        var entities = definition.Tables.Select(table => Entity(table, classNames)).ToList();

        var handlerNames = new HashSet<string>(["ActionHandlers"], StringComparer.OrdinalIgnoreCase);
        var handlers = definition.Tables
            .SelectMany(table => table.Actions.Select(action => new ActionHandlerModel(table, action,
                CSharpNames.Claim(CSharpNames.Pascal(table.Name) + CSharpNames.Pascal(action.Name) + "Handler", handlerNames))))
            .ToList();
        return new ExportNames(root, entities, handlers);
    }

    /// <summary><c>crm</c> gives <c>Crm</c>, <c>my-api</c> gives <c>MyApi</c>; a name that would shadow a framework namespace gets <c>Api</c> appended.</summary>
    public static string ProjectName(string projectName)
    {
        var pascal = CSharpNames.Pascal(projectName);
        if (pascal.Length == 0 || !char.IsAsciiLetter(pascal[0]))
        {
            pascal = "Api" + pascal;
        }

        return pascal is "System" or "Microsoft" or "ApiStudio" ? pascal + "Api" : pascal;
    }

    public EntityModel EntityOf(string table) => Entities.First(e => e.Table.Name == table);

    private static EntityModel Entity(TableDefinition table, HashSet<string> classNames)
    {
        var columns = SystemColumns.EffectiveColumns(table);

        // A field is named exactly as its column, so the class must not be.
        var candidate = CSharpNames.Pascal(CSharpNames.Singular(table.Name));
        while (columns.Any(c => c.Name == candidate))
        {
            candidate += "Record";
        }

        var className = CSharpNames.Claim(candidate, classNames);
        var taken = new HashSet<string>(ObjectMembers.Append(className), StringComparer.Ordinal);
        foreach (var column in columns)
        {
            taken.Add(column.Name);
        }

        var members = columns.Select(column =>
        {
            var pascal = CSharpNames.Pascal(column.Name);
            var ownName = pascal == column.Name && !ObjectMembers.Contains(pascal);
            var property = ownName ? column.Name : CSharpNames.Claim(pascal, taken);
            return Member(column, property, ownName ? null : CSharpNames.Escape(column.Name));
        }).ToList();
        return new EntityModel(table, className, members);
    }

    private static EntityMember Member(ColumnDefinition column, string property, string? field)
    {
        var type = ColumnClrTypes.PropertyType(column);
        var underlying = Nullable.GetUnderlyingType(type);
        var isValueType = type.IsValueType;
        var nullable = underlying is not null || (!isValueType && column.Nullable && !column.PrimaryKey);
        var name = KeywordOf(underlying ?? type);
        return new EntityMember(column, property, field, nullable ? name + "?" : name, isValueType, nullable);
    }

    private static string KeywordOf(Type type) => type switch
    {
        _ when type == typeof(string) => "string",
        _ when type == typeof(long) => "long",
        _ when type == typeof(double) => "double",
        _ when type == typeof(bool) => "bool",
        _ when type == typeof(DateTime) => "DateTime",
        _ when type == typeof(Guid) => "Guid",
        _ => throw new NotSupportedException(string.Create(CultureInfo.InvariantCulture, $"No C# spelling for column type {type}.")),
    };
}
