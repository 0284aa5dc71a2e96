using ApiStudio.Runtime.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hiring.Entities;

/// <summary>
/// Binds the API's tables to this project's entity classes. The runtime reaches every column through this
/// binding and <c>EF.Property</c>, by the column's API name, exactly as the Studio's simulator does with its
/// property bags: same tables, columns, keys, lengths and unique indexes. Generated; do not edit.
/// </summary>
public sealed class GeneratedTableModel : ITableModel
{
    public object CacheKey { get; } = typeof(GeneratedTableModel);

    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Posting>(ConfigurePosting);
        modelBuilder.Entity<Job>(ConfigureJob);
        modelBuilder.Entity<Candidate>(ConfigureCandidate);
        modelBuilder.Entity<Application>(ConfigureApplication);
        modelBuilder.Entity<Interview>(ConfigureInterview);
        modelBuilder.Entity<Reimbursement>(ConfigureReimbursement);
    }

    public Type EntityType(string table) => table switch
    {
        "postings" => typeof(Posting),
        "jobs" => typeof(Job),
        "candidates" => typeof(Candidate),
        "applications" => typeof(Application),
        "interviews" => typeof(Interview),
        "reimbursements" => typeof(Reimbursement),
        _ => throw UnknownTable(table),
    };

    public IQueryable Query(DbContext context, string table) => table switch
    {
        "postings" => context.Set<Posting>(),
        "jobs" => context.Set<Job>(),
        "candidates" => context.Set<Candidate>(),
        "applications" => context.Set<Application>(),
        "interviews" => context.Set<Interview>(),
        "reimbursements" => context.Set<Reimbursement>(),
        _ => throw UnknownTable(table),
    };

    public object CreateEntity(string table) => table switch
    {
        "postings" => new Posting(),
        "jobs" => new Job(),
        "candidates" => new Candidate(),
        "applications" => new Application(),
        "interviews" => new Interview(),
        "reimbursements" => new Reimbursement(),
        _ => throw UnknownTable(table),
    };

    public object? GetValue(object entity, string column) => entity switch
    {
        Posting row => PostingValue(row, column),
        Job row => JobValue(row, column),
        Candidate row => CandidateValue(row, column),
        Application row => ApplicationValue(row, column),
        Interview row => InterviewValue(row, column),
        Reimbursement row => ReimbursementValue(row, column),
        _ => throw new ArgumentException($"{entity.GetType()} is not an entity of this API.", nameof(entity)),
    };

    public void SetValue(object entity, string column, object? value)
    {
        switch (entity)
        {
            case Posting row:
                SetPostingValue(row, column, value);
                break;
            case Job row:
                SetJobValue(row, column, value);
                break;
            case Candidate row:
                SetCandidateValue(row, column, value);
                break;
            case Application row:
                SetApplicationValue(row, column, value);
                break;
            case Interview row:
                SetInterviewValue(row, column, value);
                break;
            case Reimbursement row:
                SetReimbursementValue(row, column, value);
                break;
            default:
                throw new ArgumentException($"{entity.GetType()} is not an entity of this API.", nameof(entity));
        }
    }

    public void Add(DbContext context, string table, object entity) => context.Add(entity);

    private static void ConfigurePosting(EntityTypeBuilder<Posting> entity)
    {
        entity.ToTable("postings");
        entity.Ignore(row => row.Id);
        entity.Ignore(row => row.Title);
        entity.Ignore(row => row.Location);
        entity.Ignore(row => row.Remote);
        entity.Ignore(row => row.PublishedAt);
        entity.Ignore(row => row.CreatedAt);
        entity.Ignore(row => row.CreatedBy);
        entity.Ignore(row => row.ModifiedAt);
        entity.Ignore(row => row.ModifiedBy);
        entity.Property<Guid>("id").IsRequired().ValueGeneratedNever();
        entity.Property<string>("title").IsRequired().HasMaxLength(200);
        entity.Property<string>("location");
        entity.Property<bool>("remote").IsRequired();
        entity.Property<DateTime?>("publishedAt");
        entity.Property<DateTime>("createdAt").IsRequired();
        entity.Property<string>("createdBy");
        entity.Property<DateTime>("modifiedAt").IsRequired();
        entity.Property<string>("modifiedBy");
        entity.HasKey("id");
    }

    private static void ConfigureJob(EntityTypeBuilder<Job> entity)
    {
        entity.ToTable("jobs");
        entity.Ignore(row => row.Id);
        entity.Ignore(row => row.OrgId);
        entity.Ignore(row => row.Title);
        entity.Ignore(row => row.Department);
        entity.Ignore(row => row.Headcount);
        entity.Ignore(row => row.SalaryMax);
        entity.Ignore(row => row.Status);
        entity.Ignore(row => row.Details);
        entity.Ignore(row => row.CreatedAt);
        entity.Ignore(row => row.CreatedBy);
        entity.Ignore(row => row.ModifiedAt);
        entity.Ignore(row => row.ModifiedBy);
        entity.Property<Guid>("id").IsRequired().ValueGeneratedNever();
        entity.Property<Guid>("orgId").IsRequired();
        entity.Property<string>("title").IsRequired().HasMaxLength(200);
        entity.Property<string>("department");
        entity.Property<long>("headcount").IsRequired();
        entity.Property<double?>("salaryMax");
        entity.Property<string>("status").IsRequired();
        entity.Property<string>("details");
        entity.Property<DateTime>("createdAt").IsRequired();
        entity.Property<string>("createdBy");
        entity.Property<DateTime>("modifiedAt").IsRequired();
        entity.Property<string>("modifiedBy");
        entity.HasKey("id");
    }

    private static void ConfigureCandidate(EntityTypeBuilder<Candidate> entity)
    {
        entity.ToTable("candidates");
        entity.Ignore(row => row.Id);
        entity.Ignore(row => row.TenantId);
        entity.Ignore(row => row.RecruiterId);
        entity.Ignore(row => row.FullName);
        entity.Ignore(row => row.Email);
        entity.Ignore(row => row.Phone);
        entity.Ignore(row => row.Ssn);
        entity.Ignore(row => row.PassportNumber);
        entity.Ignore(row => row.Portfolio);
        entity.Ignore(row => row.Source);
        entity.Ignore(row => row.BirthDate);
        entity.Ignore(row => row.CreatedAt);
        entity.Ignore(row => row.CreatedBy);
        entity.Ignore(row => row.ModifiedAt);
        entity.Ignore(row => row.ModifiedBy);
        entity.Ignore(row => row.DeletedAt);
        entity.Ignore(row => row.DeletedBy);
        entity.Property<Guid>("id").IsRequired().ValueGeneratedNever();
        entity.Property<string>("tenantId").IsRequired();
        entity.Property<string>("recruiterId");
        entity.Property<string>("fullName").IsRequired().HasMaxLength(200);
        entity.Property<string>("email").IsRequired();
        entity.Property<string>("phone");
        entity.Property<string>("ssn").HasMaxLength(11);
        entity.Property<string>("passportNumber").HasMaxLength(20);
        entity.Property<string>("portfolio");
        entity.Property<string>("source").IsRequired();
        entity.Property<string>("birthDate");
        entity.Property<DateTime>("createdAt").IsRequired();
        entity.Property<string>("createdBy");
        entity.Property<DateTime>("modifiedAt").IsRequired();
        entity.Property<string>("modifiedBy");
        entity.Property<DateTime?>("deletedAt");
        entity.Property<string>("deletedBy");
        entity.HasKey("id");
        entity.HasIndex("tenantId", "email").IsUnique().HasDatabaseName("ux_candidates_email");
    }

    private static void ConfigureApplication(EntityTypeBuilder<Application> entity)
    {
        entity.ToTable("applications");
        entity.Ignore(row => row.Id);
        entity.Ignore(row => row.OrganizationId);
        entity.Ignore(row => row.CandidateId);
        entity.Ignore(row => row.JobId);
        entity.Ignore(row => row.Stage);
        entity.Ignore(row => row.Score);
        entity.Ignore(row => row.AppliedAt);
        entity.Ignore(row => row.CreatedAt);
        entity.Ignore(row => row.CreatedBy);
        entity.Ignore(row => row.ModifiedAt);
        entity.Ignore(row => row.ModifiedBy);
        entity.Property<Guid>("id").IsRequired().ValueGeneratedNever();
        entity.Property<Guid>("organizationId").IsRequired();
        entity.Property<Guid>("candidateId").IsRequired();
        entity.Property<Guid>("jobId").IsRequired();
        entity.Property<string>("stage").IsRequired();
        entity.Property<long?>("score");
        entity.Property<DateTime>("appliedAt").IsRequired();
        entity.Property<DateTime>("createdAt").IsRequired();
        entity.Property<string>("createdBy");
        entity.Property<DateTime>("modifiedAt").IsRequired();
        entity.Property<string>("modifiedBy");
        entity.HasKey("id");
    }

    private static void ConfigureInterview(EntityTypeBuilder<Interview> entity)
    {
        entity.ToTable("interviews");
        entity.Ignore(row => row.Id);
        entity.Ignore(row => row.OrganizationId);
        entity.Ignore(row => row.OwnerId);
        entity.Ignore(row => row.ApplicationId);
        entity.Ignore(row => row.ScheduledAt);
        entity.Ignore(row => row.Feedback);
        entity.Ignore(row => row.Rating);
        entity.Ignore(row => row.CreatedAt);
        entity.Ignore(row => row.CreatedBy);
        entity.Ignore(row => row.ModifiedAt);
        entity.Ignore(row => row.ModifiedBy);
        entity.Property<Guid>("id").IsRequired().ValueGeneratedNever();
        entity.Property<Guid>("organizationId").IsRequired();
        entity.Property<string>("ownerId").IsRequired();
        entity.Property<Guid>("applicationId").IsRequired();
        entity.Property<DateTime>("scheduledAt").IsRequired();
        entity.Property<string>("feedback").HasMaxLength(5000);
        entity.Property<long?>("rating");
        entity.Property<DateTime>("createdAt").IsRequired();
        entity.Property<string>("createdBy");
        entity.Property<DateTime>("modifiedAt").IsRequired();
        entity.Property<string>("modifiedBy");
        entity.HasKey("id");
    }

    private static void ConfigureReimbursement(EntityTypeBuilder<Reimbursement> entity)
    {
        entity.ToTable("reimbursements");
        entity.Ignore(row => row.Id);
        entity.Ignore(row => row.OrganizationId);
        entity.Ignore(row => row.OwnerId);
        entity.Ignore(row => row.CandidateId);
        entity.Ignore(row => row.Amount);
        entity.Ignore(row => row.CardNumber);
        entity.Ignore(row => row.Iban);
        entity.Ignore(row => row.Approved);
        entity.Ignore(row => row.CreatedAt);
        entity.Ignore(row => row.CreatedBy);
        entity.Ignore(row => row.ModifiedAt);
        entity.Ignore(row => row.ModifiedBy);
        entity.Property<Guid>("id").IsRequired().ValueGeneratedNever();
        entity.Property<Guid>("organizationId").IsRequired();
        entity.Property<string>("ownerId").IsRequired();
        entity.Property<Guid>("candidateId").IsRequired();
        entity.Property<double>("amount").IsRequired();
        entity.Property<string>("cardNumber");
        entity.Property<string>("iban");
        entity.Property<bool>("approved").IsRequired();
        entity.Property<DateTime>("createdAt").IsRequired();
        entity.Property<string>("createdBy");
        entity.Property<DateTime>("modifiedAt").IsRequired();
        entity.Property<string>("modifiedBy");
        entity.HasKey("id");
    }

    private static object? PostingValue(Posting row, string column) => column switch
    {
        "id" => row.Id,
        "title" => row.Title,
        "location" => row.Location,
        "remote" => row.Remote,
        "publishedAt" => row.PublishedAt,
        "createdAt" => row.CreatedAt,
        "createdBy" => row.CreatedBy,
        "modifiedAt" => row.ModifiedAt,
        "modifiedBy" => row.ModifiedBy,
        _ => throw UnknownColumn("postings", column),
    };

    private static void SetPostingValue(Posting row, string column, object? value)
    {
        switch (column)
        {
            case "id":
                row.Id = Required<Guid>(value, "postings", "id");
                break;
            case "title":
                row.Title = (string)value!;
                break;
            case "location":
                row.Location = (string?)value;
                break;
            case "remote":
                row.Remote = Required<bool>(value, "postings", "remote");
                break;
            case "publishedAt":
                row.PublishedAt = (DateTime?)value;
                break;
            case "createdAt":
                row.CreatedAt = Required<DateTime>(value, "postings", "createdAt");
                break;
            case "createdBy":
                row.CreatedBy = (string?)value;
                break;
            case "modifiedAt":
                row.ModifiedAt = Required<DateTime>(value, "postings", "modifiedAt");
                break;
            case "modifiedBy":
                row.ModifiedBy = (string?)value;
                break;
            default:
                throw UnknownColumn("postings", column);
        }
    }

    private static object? JobValue(Job row, string column) => column switch
    {
        "id" => row.Id,
        "orgId" => row.OrgId,
        "title" => row.Title,
        "department" => row.Department,
        "headcount" => row.Headcount,
        "salaryMax" => row.SalaryMax,
        "status" => row.Status,
        "details" => row.Details,
        "createdAt" => row.CreatedAt,
        "createdBy" => row.CreatedBy,
        "modifiedAt" => row.ModifiedAt,
        "modifiedBy" => row.ModifiedBy,
        _ => throw UnknownColumn("jobs", column),
    };

    private static void SetJobValue(Job row, string column, object? value)
    {
        switch (column)
        {
            case "id":
                row.Id = Required<Guid>(value, "jobs", "id");
                break;
            case "orgId":
                row.OrgId = Required<Guid>(value, "jobs", "orgId");
                break;
            case "title":
                row.Title = (string)value!;
                break;
            case "department":
                row.Department = (string?)value;
                break;
            case "headcount":
                row.Headcount = Required<long>(value, "jobs", "headcount");
                break;
            case "salaryMax":
                row.SalaryMax = (double?)value;
                break;
            case "status":
                row.Status = (string)value!;
                break;
            case "details":
                row.Details = (string?)value;
                break;
            case "createdAt":
                row.CreatedAt = Required<DateTime>(value, "jobs", "createdAt");
                break;
            case "createdBy":
                row.CreatedBy = (string?)value;
                break;
            case "modifiedAt":
                row.ModifiedAt = Required<DateTime>(value, "jobs", "modifiedAt");
                break;
            case "modifiedBy":
                row.ModifiedBy = (string?)value;
                break;
            default:
                throw UnknownColumn("jobs", column);
        }
    }

    private static object? CandidateValue(Candidate row, string column) => column switch
    {
        "id" => row.Id,
        "tenantId" => row.TenantId,
        "recruiterId" => row.RecruiterId,
        "fullName" => row.FullName,
        "email" => row.Email,
        "phone" => row.Phone,
        "ssn" => row.Ssn,
        "passportNumber" => row.PassportNumber,
        "portfolio" => row.Portfolio,
        "source" => row.Source,
        "birthDate" => row.BirthDate,
        "createdAt" => row.CreatedAt,
        "createdBy" => row.CreatedBy,
        "modifiedAt" => row.ModifiedAt,
        "modifiedBy" => row.ModifiedBy,
        "deletedAt" => row.DeletedAt,
        "deletedBy" => row.DeletedBy,
        _ => throw UnknownColumn("candidates", column),
    };

    private static void SetCandidateValue(Candidate row, string column, object? value)
    {
        switch (column)
        {
            case "id":
                row.Id = Required<Guid>(value, "candidates", "id");
                break;
            case "tenantId":
                row.TenantId = (string)value!;
                break;
            case "recruiterId":
                row.RecruiterId = (string?)value;
                break;
            case "fullName":
                row.FullName = (string)value!;
                break;
            case "email":
                row.Email = (string)value!;
                break;
            case "phone":
                row.Phone = (string?)value;
                break;
            case "ssn":
                row.Ssn = (string?)value;
                break;
            case "passportNumber":
                row.PassportNumber = (string?)value;
                break;
            case "portfolio":
                row.Portfolio = (string?)value;
                break;
            case "source":
                row.Source = (string)value!;
                break;
            case "birthDate":
                row.BirthDate = (string?)value;
                break;
            case "createdAt":
                row.CreatedAt = Required<DateTime>(value, "candidates", "createdAt");
                break;
            case "createdBy":
                row.CreatedBy = (string?)value;
                break;
            case "modifiedAt":
                row.ModifiedAt = Required<DateTime>(value, "candidates", "modifiedAt");
                break;
            case "modifiedBy":
                row.ModifiedBy = (string?)value;
                break;
            case "deletedAt":
                row.DeletedAt = (DateTime?)value;
                break;
            case "deletedBy":
                row.DeletedBy = (string?)value;
                break;
            default:
                throw UnknownColumn("candidates", column);
        }
    }

    private static object? ApplicationValue(Application row, string column) => column switch
    {
        "id" => row.Id,
        "organizationId" => row.OrganizationId,
        "candidateId" => row.CandidateId,
        "jobId" => row.JobId,
        "stage" => row.Stage,
        "score" => row.Score,
        "appliedAt" => row.AppliedAt,
        "createdAt" => row.CreatedAt,
        "createdBy" => row.CreatedBy,
        "modifiedAt" => row.ModifiedAt,
        "modifiedBy" => row.ModifiedBy,
        _ => throw UnknownColumn("applications", column),
    };

    private static void SetApplicationValue(Application row, string column, object? value)
    {
        switch (column)
        {
            case "id":
                row.Id = Required<Guid>(value, "applications", "id");
                break;
            case "organizationId":
                row.OrganizationId = Required<Guid>(value, "applications", "organizationId");
                break;
            case "candidateId":
                row.CandidateId = Required<Guid>(value, "applications", "candidateId");
                break;
            case "jobId":
                row.JobId = Required<Guid>(value, "applications", "jobId");
                break;
            case "stage":
                row.Stage = (string)value!;
                break;
            case "score":
                row.Score = (long?)value;
                break;
            case "appliedAt":
                row.AppliedAt = Required<DateTime>(value, "applications", "appliedAt");
                break;
            case "createdAt":
                row.CreatedAt = Required<DateTime>(value, "applications", "createdAt");
                break;
            case "createdBy":
                row.CreatedBy = (string?)value;
                break;
            case "modifiedAt":
                row.ModifiedAt = Required<DateTime>(value, "applications", "modifiedAt");
                break;
            case "modifiedBy":
                row.ModifiedBy = (string?)value;
                break;
            default:
                throw UnknownColumn("applications", column);
        }
    }

    private static object? InterviewValue(Interview row, string column) => column switch
    {
        "id" => row.Id,
        "organizationId" => row.OrganizationId,
        "ownerId" => row.OwnerId,
        "applicationId" => row.ApplicationId,
        "scheduledAt" => row.ScheduledAt,
        "feedback" => row.Feedback,
        "rating" => row.Rating,
        "createdAt" => row.CreatedAt,
        "createdBy" => row.CreatedBy,
        "modifiedAt" => row.ModifiedAt,
        "modifiedBy" => row.ModifiedBy,
        _ => throw UnknownColumn("interviews", column),
    };

    private static void SetInterviewValue(Interview row, string column, object? value)
    {
        switch (column)
        {
            case "id":
                row.Id = Required<Guid>(value, "interviews", "id");
                break;
            case "organizationId":
                row.OrganizationId = Required<Guid>(value, "interviews", "organizationId");
                break;
            case "ownerId":
                row.OwnerId = (string)value!;
                break;
            case "applicationId":
                row.ApplicationId = Required<Guid>(value, "interviews", "applicationId");
                break;
            case "scheduledAt":
                row.ScheduledAt = Required<DateTime>(value, "interviews", "scheduledAt");
                break;
            case "feedback":
                row.Feedback = (string?)value;
                break;
            case "rating":
                row.Rating = (long?)value;
                break;
            case "createdAt":
                row.CreatedAt = Required<DateTime>(value, "interviews", "createdAt");
                break;
            case "createdBy":
                row.CreatedBy = (string?)value;
                break;
            case "modifiedAt":
                row.ModifiedAt = Required<DateTime>(value, "interviews", "modifiedAt");
                break;
            case "modifiedBy":
                row.ModifiedBy = (string?)value;
                break;
            default:
                throw UnknownColumn("interviews", column);
        }
    }

    private static object? ReimbursementValue(Reimbursement row, string column) => column switch
    {
        "id" => row.Id,
        "organizationId" => row.OrganizationId,
        "ownerId" => row.OwnerId,
        "candidateId" => row.CandidateId,
        "amount" => row.Amount,
        "cardNumber" => row.CardNumber,
        "iban" => row.Iban,
        "approved" => row.Approved,
        "createdAt" => row.CreatedAt,
        "createdBy" => row.CreatedBy,
        "modifiedAt" => row.ModifiedAt,
        "modifiedBy" => row.ModifiedBy,
        _ => throw UnknownColumn("reimbursements", column),
    };

    private static void SetReimbursementValue(Reimbursement row, string column, object? value)
    {
        switch (column)
        {
            case "id":
                row.Id = Required<Guid>(value, "reimbursements", "id");
                break;
            case "organizationId":
                row.OrganizationId = Required<Guid>(value, "reimbursements", "organizationId");
                break;
            case "ownerId":
                row.OwnerId = (string)value!;
                break;
            case "candidateId":
                row.CandidateId = Required<Guid>(value, "reimbursements", "candidateId");
                break;
            case "amount":
                row.Amount = Required<double>(value, "reimbursements", "amount");
                break;
            case "cardNumber":
                row.CardNumber = (string?)value;
                break;
            case "iban":
                row.Iban = (string?)value;
                break;
            case "approved":
                row.Approved = Required<bool>(value, "reimbursements", "approved");
                break;
            case "createdAt":
                row.CreatedAt = Required<DateTime>(value, "reimbursements", "createdAt");
                break;
            case "createdBy":
                row.CreatedBy = (string?)value;
                break;
            case "modifiedAt":
                row.ModifiedAt = Required<DateTime>(value, "reimbursements", "modifiedAt");
                break;
            case "modifiedBy":
                row.ModifiedBy = (string?)value;
                break;
            default:
                throw UnknownColumn("reimbursements", column);
        }
    }

    private static T Required<T>(object? value, string table, string column)
        where T : struct =>
        value is T typed ? typed : throw new InvalidOperationException($"{table}.{column} is NOT NULL and cannot hold {value ?? "null"}.");

    private static ArgumentOutOfRangeException UnknownTable(string table) =>
        new(nameof(table), table, "Not a table of this API.");

    private static ArgumentOutOfRangeException UnknownColumn(string table, string column) =>
        new(nameof(column), column, $"Not a column of {table}.");
}
