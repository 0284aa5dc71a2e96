namespace Hiring.Entities;

/// <summary>The public job board; readable without signing in.</summary>
/// <remarks>
/// Table <c>postings</c>. Generated from api.json: add members in a partial class under Custom/, never here.
/// The runtime reads and writes columns by their API names, so each value lives in a field spelled like its column.
/// </remarks>
public partial class Posting
{
    private Guid id;
    private string title = "";
    private string? location;
    private bool remote;
    private DateTime? publishedAt;
    private DateTime createdAt;
    private string? createdBy;
    private DateTime modifiedAt;
    private string? modifiedBy;

    /// <summary>Id. Primary key.</summary>
    public Guid Id { get => id; set => id = value; }

    /// <summary>Title. At most 200 characters.</summary>
    public string Title { get => title; set => title = value; }

    /// <summary>Location.</summary>
    public string? Location { get => location; set => location = value; }

    /// <summary>Remote.</summary>
    public bool Remote { get => remote; set => remote = value; }

    /// <summary>Published at.</summary>
    public DateTime? PublishedAt { get => publishedAt; set => publishedAt = value; }

    /// <summary>When the record was created.</summary>
    public DateTime CreatedAt { get => createdAt; set => createdAt = value; }

    /// <summary>Who created the record.</summary>
    public string? CreatedBy { get => createdBy; set => createdBy = value; }

    /// <summary>When the record last changed.</summary>
    public DateTime ModifiedAt { get => modifiedAt; set => modifiedAt = value; }

    /// <summary>Who last changed the record.</summary>
    public string? ModifiedBy { get => modifiedBy; set => modifiedBy = value; }
}
