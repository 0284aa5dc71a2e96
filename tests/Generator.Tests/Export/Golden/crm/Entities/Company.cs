namespace Crm.Entities;

/// <summary>Organizations the team sells to.</summary>
/// <remarks>
/// Table <c>companies</c>. Generated from api.json: add members in a partial class under Custom/, never here.
/// The runtime reads and writes columns by their API names, so each value lives in a field spelled like its column.
/// </remarks>
public partial class Company
{
    private Guid id;
    private Guid organizationId;
    private string name = "";
    private string? domain;
    private string? website;
    private DateTime createdAt;
    private string? createdBy;
    private DateTime modifiedAt;
    private string? modifiedBy;

    /// <summary>Id. Primary key.</summary>
    public Guid Id { get => id; set => id = value; }

    /// <summary>Organization id.</summary>
    public Guid OrganizationId { get => organizationId; set => organizationId = value; }

    /// <summary>Name. At most 200 characters.</summary>
    public string Name { get => name; set => name = value; }

    /// <summary>Domain. At most 253 characters.</summary>
    public string? Domain { get => domain; set => domain = value; }

    /// <summary>Website. Format: url.</summary>
    public string? Website { get => website; set => website = value; }

    /// <summary>When the record was created.</summary>
    public DateTime CreatedAt { get => createdAt; set => createdAt = value; }

    /// <summary>Who created the record.</summary>
    public string? CreatedBy { get => createdBy; set => createdBy = value; }

    /// <summary>When the record last changed.</summary>
    public DateTime ModifiedAt { get => modifiedAt; set => modifiedAt = value; }

    /// <summary>Who last changed the record.</summary>
    public string? ModifiedBy { get => modifiedBy; set => modifiedBy = value; }
}
