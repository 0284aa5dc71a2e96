namespace ApiStudio.Generator.Tests.Migrations;

/// <summary>An index or primary key as the database reports it, columns in order.</summary>
internal sealed record IndexShape(string Table, string Name, bool Unique, bool Primary, string Columns);
