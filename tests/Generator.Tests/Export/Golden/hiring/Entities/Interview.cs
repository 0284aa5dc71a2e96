namespace Hiring.Entities;

/// <summary>Interviews; each interviewer sees only their own.</summary>
/// <remarks>
/// Table <c>interviews</c>. Generated from api.json: add members in a partial class under Custom/, never here.
/// The runtime reads and writes columns by their API names, so each value lives in a field spelled like its column.
/// </remarks>
public partial class Interview
{
    private Guid id;
    private Guid organizationId;
    private string ownerId = "";
    private Guid applicationId;
    private DateTime scheduledAt;
    private string? feedback;
    private long? rating;
    private DateTime createdAt;
    private string? createdBy;
    private DateTime modifiedAt;
    private string? modifiedBy;

    /// <summary>Id. Primary key.</summary>
    public Guid Id { get => id; set => id = value; }

    /// <summary>Organization id.</summary>
    public Guid OrganizationId { get => organizationId; set => organizationId = value; }

    /// <summary>The interviewer; detected as the owner column.</summary>
    public string OwnerId { get => ownerId; set => ownerId = value; }

    /// <summary>Application id. References applications.</summary>
    public Guid ApplicationId { get => applicationId; set => applicationId = value; }

    /// <summary>Scheduled at.</summary>
    public DateTime ScheduledAt { get => scheduledAt; set => scheduledAt = value; }

    /// <summary>Feedback. At most 5000 characters.</summary>
    public string? Feedback { get => feedback; set => feedback = value; }

    /// <summary>Rating.</summary>
    public long? Rating { get => rating; set => rating = value; }

    /// <summary>When the record was created.</summary>
    public DateTime CreatedAt { get => createdAt; set => createdAt = value; }

    /// <summary>Who created the record.</summary>
    public string? CreatedBy { get => createdBy; set => createdBy = value; }

    /// <summary>When the record last changed.</summary>
    public DateTime ModifiedAt { get => modifiedAt; set => modifiedAt = value; }

    /// <summary>Who last changed the record.</summary>
    public string? ModifiedBy { get => modifiedBy; set => modifiedBy = value; }
}
