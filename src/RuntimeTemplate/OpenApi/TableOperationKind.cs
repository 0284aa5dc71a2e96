namespace ApiStudio.Runtime.OpenApi;

internal enum TableOperationKind
{
    List,
    Get,
    Create,
    Update,
    Delete,
    BatchCreate,
    BatchUpdate,
    BatchDelete,
    View,
    RecordAction,
    StandaloneAction,
}
