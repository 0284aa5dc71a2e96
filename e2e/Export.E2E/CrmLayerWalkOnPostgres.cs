namespace ApiStudio.Export.E2E;

[Collection(ExportedCrmCollection.Name)]
public sealed class CrmLayerWalkOnPostgres(ExportedCrm crm) : CrmLayerWalk(crm, crm.PostgresAsync);
