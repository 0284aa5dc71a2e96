namespace ApiStudio.Export.E2E;

[Collection(ExportedCrmCollection.Name)]
public sealed class CrmLayerWalkOnSqlite(ExportedCrm crm) : CrmLayerWalk(crm, crm.SqliteAsync);
