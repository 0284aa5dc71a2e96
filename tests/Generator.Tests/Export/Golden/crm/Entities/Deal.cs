namespace Crm.Entities;

/// <summary>Opportunities moving through the sales pipeline.</summary>
/// <remarks>
/// Table <c>deals</c>. Generated from api.json: add members in a partial class under Custom/, never here.
/// The runtime reads and writes columns by their API names, so each value lives in a field spelled like its column.
/// </remarks>
public partial class Deal
{
    private Guid id;
    private Guid organizationId;
    private Guid contactId;
    private string title = "";
    private double amount;
    private string stage = "";
    private DateTime createdAt;
    private string? createdBy;
    private DateTime modifiedAt;
    private string? modifiedBy;

    /// <summary>Id. Primary key.</summary>
    public Guid Id { get => id; set => id = value; }

    /// <summary>Organization id.</summary>
    public Guid OrganizationId { get => organizationId; set => organizationId = value; }

    /// <summary>Contact id. References contacts.</summary>
    public Guid ContactId { get => contactId; set => contactId = value; }

    /// <summary>Title. At most 200 characters.</summary>
    public string Title { get => title; set => title = value; }

    /// <summary>Amount.</summary>
    public double Amount { get => amount; set => amount = value; }

    /// <summary>Stage. One of lead, qualified, proposal, won, lost.</summary>
    public string Stage { get => stage; set => stage = value; }

    /// <summary>When the record was created.</summary>
    public DateTime CreatedAt { get => createdAt; set => createdAt = value; }

    /// <summary>Who created the record.</summary>
    public string? CreatedBy { get => createdBy; set => createdBy = value; }

    /// <summary>When the record last changed.</summary>
    public DateTime ModifiedAt { get => modifiedAt; set => modifiedAt = value; }

    /// <summary>Who last changed the record.</summary>
    public string? ModifiedBy { get => modifiedBy; set => modifiedBy = value; }
}
