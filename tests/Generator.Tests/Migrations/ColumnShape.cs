namespace ApiStudio.Generator.Tests.Migrations;

/// <summary>A column as the database reports it; <see cref="Default"/> is the stored default expression.</summary>
internal sealed record ColumnShape(string Table, string Name, string Type, bool Nullable, string? Default);
