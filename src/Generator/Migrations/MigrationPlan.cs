using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Migrations;

/// <summary>
/// What it takes to bring a database made for <see cref="From"/> to <see cref="To"/>: ordered steps, and
/// notes on what the plan deliberately leaves alone (removed columns and tables, type and nullability changes).
/// </summary>
/// <param name="From">The definition the database was made for; null for an empty database.</param>
/// <param name="To">The definition the database must serve after the migration.</param>
/// <param name="Steps">The changes, in the order they must run.</param>
/// <param name="Notes">What the steps leave alone on purpose, for a reviewer.</param>
public sealed record MigrationPlan(
    ApiDefinition? From,
    ApiDefinition To,
    IReadOnlyList<MigrationStep> Steps,
    IReadOnlyList<MigrationNote> Notes)
{
    public bool IsEmpty => Steps.Count == 0;
}
