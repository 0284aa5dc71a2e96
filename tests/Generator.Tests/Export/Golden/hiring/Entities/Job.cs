namespace Hiring.Entities;

/// <summary>Open positions; hidden (404) from other organizations.</summary>
/// <remarks>
/// Table <c>jobs</c>. Generated from api.json: add members in a partial class under Custom/, never here.
/// The runtime reads and writes columns by their API names, so each value lives in a field spelled like its column.
/// </remarks>
public partial class Job
{
    private Guid id;
    private Guid orgId;
    private string title = "";
    private string? department;
    private long headcount;
    private double? salaryMax;
    private string status = "";
    private string? details;
    private DateTime createdAt;
    private string? createdBy;
    private DateTime modifiedAt;
    private string? modifiedBy;

    /// <summary>Id. Primary key.</summary>
    public Guid Id { get => id; set => id = value; }

    /// <summary>Detected as the organization column.</summary>
    public Guid OrgId { get => orgId; set => orgId = value; }

    /// <summary>Title. At most 200 characters.</summary>
    public string Title { get => title; set => title = value; }

    /// <summary>Department.</summary>
    public string? Department { get => department; set => department = value; }

    /// <summary>Headcount.</summary>
    public long Headcount { get => headcount; set => headcount = value; }

    /// <summary>Salary max.</summary>
    public double? SalaryMax { get => salaryMax; set => salaryMax = value; }

    /// <summary>Status. One of draft, open, closed.</summary>
    public string Status { get => status; set => status = value; }

    /// <summary>Details.</summary>
    public string? Details { get => details; set => details = value; }

    /// <summary>When the record was created.</summary>
    public DateTime CreatedAt { get => createdAt; set => createdAt = value; }

    /// <summary>Who created the record.</summary>
    public string? CreatedBy { get => createdBy; set => createdBy = value; }

    /// <summary>When the record last changed.</summary>
    public DateTime ModifiedAt { get => modifiedAt; set => modifiedAt = value; }

    /// <summary>Who last changed the record.</summary>
    public string? ModifiedBy { get => modifiedBy; set => modifiedBy = value; }
}
