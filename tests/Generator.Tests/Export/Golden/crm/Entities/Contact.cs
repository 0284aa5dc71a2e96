namespace Crm.Entities;

/// <summary>People at companies.</summary>
/// <remarks>
/// Table <c>contacts</c>. Generated from api.json: add members in a partial class under Custom/, never here.
/// The runtime reads and writes columns by their API names, so each value lives in a field spelled like its column.
/// </remarks>
public partial class Contact
{
    private Guid id;
    private Guid organizationId;
    private Guid? companyId;
    private string? accountManagerId;
    private string firstName = "";
    private string lastName = "";
    private string? email;
    private string? phone;
    private string status = "";
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

    /// <summary>Company id. References companies.</summary>
    public Guid? CompanyId { get => companyId; set => companyId = value; }

    /// <summary>The salesperson who looks after this contact.</summary>
    public string? AccountManagerId { get => accountManagerId; set => accountManagerId = value; }

    /// <summary>First name. At most 100 characters.</summary>
    public string FirstName { get => firstName; set => firstName = value; }

    /// <summary>Last name. At most 100 characters.</summary>
    public string LastName { get => lastName; set => lastName = value; }

    /// <summary>Email. Unique. At most 320 characters. Format: email.</summary>
    public string? Email { get => email; set => email = value; }

    /// <summary>Phone. At most 32 characters. Format: phone.</summary>
    public string? Phone { get => phone; set => phone = value; }

    /// <summary>Status. One of lead, customer, churned.</summary>
    public string Status { get => status; set => status = value; }

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
