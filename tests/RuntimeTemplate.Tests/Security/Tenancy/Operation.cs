namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>The operations the random phase sends.</summary>
public enum Operation
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
