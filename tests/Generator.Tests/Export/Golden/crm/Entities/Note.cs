namespace Crm.Entities;

/// <summary>Private notes on deals; each user sees only their own.</summary>
/// <remarks>
/// Table <c>notes</c>. Generated from api.json: add members in a partial class under Custom/, never here.
/// The runtime reads and writes columns by their API names, so each value lives in a field spelled like its column.
/// </remarks>
public partial class Note
{
    private Guid id;
    private Guid organizationId;
    private string ownerId = "";
    private Guid dealId;
    private string body = "";
    private DateTime createdAt;
    private string? createdBy;
    private DateTime modifiedAt;
    private string? modifiedBy;
    private DateTime? deletedAt;
    private string? deletedBy;

    /// <summary>Id. Primary key.</summary>
    public Guid Id { get => id; set => id = value; }

    /// <summary>Organization id.</summary>
    public Guid OrganizationId { get => organizationId; set => organizationId = value; }

    /// <summary>Owner id.</summary>
    public string OwnerId { get => ownerId; set => ownerId = value; }

    /// <summary>Deal id. References deals.</summary>
    public Guid DealId { get => dealId; set => dealId = value; }

    /// <summary>Body. At most 10000 characters.</summary>
    public string Body { get => body; set => body = value; }

    /// <summary>When the record was created.</summary>
    public DateTime CreatedAt { get => createdAt; set => createdAt = value; }

    /// <summary>Who created the record.</summary>
    public string? CreatedBy { get => createdBy; set => createdBy = value; }

    /// <summary>When the record last changed.</summary>
    public DateTime ModifiedAt { get => modifiedAt; set => modifiedAt = value; }

    /// <summary>Who last changed the record.</summary>
    public string? ModifiedBy { get => modifiedBy; set => modifiedBy = value; }

    /// <summary>When the record was deleted; deleted records are invisible.</summary>
    public DateTime? DeletedAt { get => deletedAt; set => deletedAt = value; }

    /// <summary>Who deleted the record.</summary>
    public string? DeletedBy { get => deletedBy; set => deletedBy = value; }
}
