namespace Hiring.Entities;

/// <summary>A candidate applying to a job, moving through the hiring stages.</summary>
/// <remarks>
/// Table <c>applications</c>. Generated from api.json: add members in a partial class under Custom/, never here.
/// The runtime reads and writes columns by their API names, so each value lives in a field spelled like its column.
/// </remarks>
public partial class Application
{
    private Guid id;
    private Guid organizationId;
    private Guid candidateId;
    private Guid jobId;
    private string stage = "";
    private long? score;
    private DateTime appliedAt;
    private DateTime createdAt;
    private string? createdBy;
    private DateTime modifiedAt;
    private string? modifiedBy;

    /// <summary>Id. Primary key.</summary>
    public Guid Id { get => id; set => id = value; }

    /// <summary>Organization id.</summary>
    public Guid OrganizationId { get => organizationId; set => organizationId = value; }

    /// <summary>Candidate id. References candidates.</summary>
    public Guid CandidateId { get => candidateId; set => candidateId = value; }

    /// <summary>Job id. References jobs.</summary>
    public Guid JobId { get => jobId; set => jobId = value; }

    /// <summary>Stage. One of applied, screening, interview, offer, hired, rejected.</summary>
    public string Stage { get => stage; set => stage = value; }

    /// <summary>Score.</summary>
    public long? Score { get => score; set => score = value; }

    /// <summary>Applied at.</summary>
    public DateTime AppliedAt { get => appliedAt; set => appliedAt = value; }

    /// <summary>When the record was created.</summary>
    public DateTime CreatedAt { get => createdAt; set => createdAt = value; }

    /// <summary>Who created the record.</summary>
    public string? CreatedBy { get => createdBy; set => createdBy = value; }

    /// <summary>When the record last changed.</summary>
    public DateTime ModifiedAt { get => modifiedAt; set => modifiedAt = value; }

    /// <summary>Who last changed the record.</summary>
    public string? ModifiedBy { get => modifiedBy; set => modifiedBy = value; }
}
