namespace Hiring.Entities;

/// <summary>People in the pipeline; each recruiter sees their own and the unassigned ones.</summary>
/// <remarks>
/// Table <c>candidates</c>. Generated from api.json: add members in a partial class under Custom/, never here.
/// The runtime reads and writes columns by their API names, so each value lives in a field spelled like its column.
/// </remarks>
public partial class Candidate
{
    private Guid id;
    private string tenantId = "";
    private string? recruiterId;
    private string fullName = "";
    private string email = "";
    private string? phone;
    private string? ssn;
    private string? passportNumber;
    private string? portfolio;
    private string source = "";
    private string? birthDate;
    private DateTime createdAt;
    private string? createdBy;
    private DateTime modifiedAt;
    private string? modifiedBy;
    private DateTime? deletedAt;
    private string? deletedBy;

    /// <summary>Id. Primary key.</summary>
    public Guid Id { get => id; set => id = value; }

    /// <summary>Custom organization column.</summary>
    public string TenantId { get => tenantId; set => tenantId = value; }

    /// <summary>Custom owner column.</summary>
    public string? RecruiterId { get => recruiterId; set => recruiterId = value; }

    /// <summary>Full name. At most 200 characters.</summary>
    public string FullName { get => fullName; set => fullName = value; }

    /// <summary>Email. Unique. Format: email.</summary>
    public string Email { get => email; set => email = value; }

    /// <summary>Phone. Format: phone.</summary>
    public string? Phone { get => phone; set => phone = value; }

    /// <summary>Ssn. At most 11 characters.</summary>
    public string? Ssn { get => ssn; set => ssn = value; }

    /// <summary>Passport number. At most 20 characters.</summary>
    public string? PassportNumber { get => passportNumber; set => passportNumber = value; }

    /// <summary>Portfolio. Format: url.</summary>
    public string? Portfolio { get => portfolio; set => portfolio = value; }

    /// <summary>Source. One of direct, referral, agency.</summary>
    public string Source { get => source; set => source = value; }

    /// <summary>Birth date. Format: date.</summary>
    public string? BirthDate { get => birthDate; set => birthDate = value; }

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
