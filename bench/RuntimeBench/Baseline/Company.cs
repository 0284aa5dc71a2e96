namespace ApiStudio.RuntimeBench.Baseline;

/// <summary>A row of <c>companies</c> as a plain entity class: the sample's columns plus the audit columns the runtime adds.</summary>
public sealed class Company
{
    public Guid Id { get; set; }

    public Guid OrganizationId { get; set; }

    public required string Name { get; set; }

    public string? Domain { get; set; }

    public string? Website { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime ModifiedAt { get; set; }

    public string? ModifiedBy { get; set; }
}
