namespace Hiring.Entities;

/// <summary>Travel costs paid back to candidates.</summary>
/// <remarks>
/// Table <c>reimbursements</c>. Generated from api.json: add members in a partial class under Custom/, never here.
/// The runtime reads and writes columns by their API names, so each value lives in a field spelled like its column.
/// </remarks>
public partial class Reimbursement
{
    private Guid id;
    private Guid organizationId;
    private string ownerId = "";
    private Guid candidateId;
    private double amount;
    private string? cardNumber;
    private string? iban;
    private bool approved;
    private DateTime createdAt;
    private string? createdBy;
    private DateTime modifiedAt;
    private string? modifiedBy;

    /// <summary>Id. Primary key.</summary>
    public Guid Id { get => id; set => id = value; }

    /// <summary>Organization id.</summary>
    public Guid OrganizationId { get => organizationId; set => organizationId = value; }

    /// <summary>Owner id.</summary>
    public string OwnerId { get => ownerId; set => ownerId = value; }

    /// <summary>Candidate id. References candidates.</summary>
    public Guid CandidateId { get => candidateId; set => candidateId = value; }

    /// <summary>Amount.</summary>
    public double Amount { get => amount; set => amount = value; }

    /// <summary>Card number.</summary>
    public string? CardNumber { get => cardNumber; set => cardNumber = value; }

    /// <summary>Iban.</summary>
    public string? Iban { get => iban; set => iban = value; }

    /// <summary>Approved.</summary>
    public bool Approved { get => approved; set => approved = value; }

    /// <summary>When the record was created.</summary>
    public DateTime CreatedAt { get => createdAt; set => createdAt = value; }

    /// <summary>Who created the record.</summary>
    public string? CreatedBy { get => createdBy; set => createdBy = value; }

    /// <summary>When the record last changed.</summary>
    public DateTime ModifiedAt { get => modifiedAt; set => modifiedAt = value; }

    /// <summary>Who last changed the record.</summary>
    public string? ModifiedBy { get => modifiedBy; set => modifiedBy = value; }
}
