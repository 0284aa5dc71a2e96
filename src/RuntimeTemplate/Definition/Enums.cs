namespace ApiStudio.Runtime.Definition;

/// <summary>The shape of error bodies.</summary>
public enum ErrorDialect
{
    /// <summary><c>{error, layer, code, details, hint, request}</c>.</summary>
    Flat,

    /// <summary><c>{success:false, error:{code:"domain/name", message}}</c>.</summary>
    Envelope,

    /// <summary>RFC 9457 <c>application/problem+json</c> with <c>layer</c> and <c>code</c> extensions.</summary>
    Problem,
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public enum ColumnType
{
    Text,
    Integer,
    Real,
    Boolean,
    Timestamp,
    Json,
    Uuid,
}

/// <summary>Formats the validation layer checks on text columns.</summary>
public enum ColumnFormat
{
    Email,
    Url,
    Phone,
    Date,
}

public enum FirewallErrorMode
{
    /// <summary>403 FIREWALL_* bodies that say why.</summary>
    Reveal,

    /// <summary>An opaque 404 that does not reveal whether the record exists.</summary>
    Hide,
}

public enum OwnerMode
{
    /// <summary>Only the owner's rows are visible.</summary>
    Required,

    /// <summary>Rows with no owner are visible to the whole organization.</summary>
    Optional,
}

public enum GuardMode
{
    /// <summary>Reject a write that names a forbidden field with 400 GUARD_*.</summary>
    Strict,

    /// <summary>Drop forbidden fields silently.</summary>
    Strip,
}

public enum MaskKind
{
    /// <summary>Deliberately unmasked; silences the sensitive-column warning.</summary>
    None,
    Email,
    Phone,
    Ssn,
    CreditCard,
    Name,
    Redact,
    Custom,
}

public enum ActionScope
{
    /// <summary><c>POST {base}/{table}/{id}/{action}</c>: acts on one record.</summary>
    Record,

    /// <summary><c>POST {base}/{table}/actions/{action}</c>: creates a record.</summary>
    Standalone,
}

public enum CrudOperation
{
    List,
    Get,
    Create,
    Update,
    Delete,
}

public enum RenameKind
{
    Table,
    Column,
}
