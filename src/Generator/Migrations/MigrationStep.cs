using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace ApiStudio.Generator.Migrations;

/// <summary>One change to the database, described for a reviewer, as EF Core operations any provider can render.</summary>
public sealed record MigrationStep(string Description, IReadOnlyList<MigrationOperation> Operations);
