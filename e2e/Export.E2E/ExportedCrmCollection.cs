namespace ApiStudio.Export.E2E;

/// <summary>Every test shares one export and build of the CRM sample; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ExportedCrmCollection : ICollectionFixture<ExportedCrm>
{
    public const string Name = "Exported CRM";
}
