using ApiStudio.Runtime.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Entities;

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
        modelBuilder.Entity<Company>(ConfigureCompany);
        modelBuilder.Entity<Contact>(ConfigureContact);
        modelBuilder.Entity<Deal>(ConfigureDeal);
        modelBuilder.Entity<Note>(ConfigureNote);
    }

    public Type EntityType(string table) => table switch
    {
        "companies" => typeof(Company),
        "contacts" => typeof(Contact),
        "deals" => typeof(Deal),
        "notes" => typeof(Note),
        _ => throw UnknownTable(table),
    };

    public IQueryable Query(DbContext context, string table) => table switch
    {
        "companies" => context.Set<Company>(),
        "contacts" => context.Set<Contact>(),
        "deals" => context.Set<Deal>(),
        "notes" => context.Set<Note>(),
        _ => throw UnknownTable(table),
    };

    public object CreateEntity(string table) => table switch
    {
        "companies" => new Company(),
        "contacts" => new Contact(),
        "deals" => new Deal(),
        "notes" => new Note(),
        _ => throw UnknownTable(table),
    };

    public object? GetValue(object entity, string column) => entity switch
    {
        Company row => CompanyValue(row, column),
        Contact row => ContactValue(row, column),
        Deal row => DealValue(row, column),
        Note row => NoteValue(row, column),
        _ => throw new ArgumentException($"{entity.GetType()} is not an entity of this API.", nameof(entity)),
    };

    public void SetValue(object entity, string column, object? value)
    {
        switch (entity)
        {
            case Company row:
                SetCompanyValue(row, column, value);
                break;
            case Contact row:
                SetContactValue(row, column, value);
                break;
            case Deal row:
                SetDealValue(row, column, value);
                break;
            case Note row:
                SetNoteValue(row, column, value);
                break;
            default:
                throw new ArgumentException($"{entity.GetType()} is not an entity of this API.", nameof(entity));
        }
    }

    public void Add(DbContext context, string table, object entity) => context.Add(entity);

    private static void ConfigureCompany(EntityTypeBuilder<Company> entity)
    {
        entity.ToTable("companies");
        entity.Ignore(row => row.Id);
        entity.Ignore(row => row.OrganizationId);
        entity.Ignore(row => row.Name);
        entity.Ignore(row => row.Domain);
        entity.Ignore(row => row.Website);
        entity.Ignore(row => row.CreatedAt);
        entity.Ignore(row => row.CreatedBy);
        entity.Ignore(row => row.ModifiedAt);
        entity.Ignore(row => row.ModifiedBy);
        entity.Property<Guid>("id").IsRequired().ValueGeneratedNever();
        entity.Property<Guid>("organizationId").IsRequired();
        entity.Property<string>("name").IsRequired().HasMaxLength(200);
        entity.Property<string>("domain").HasMaxLength(253);
        entity.Property<string>("website");
        entity.Property<DateTime>("createdAt").IsRequired();
        entity.Property<string>("createdBy");
        entity.Property<DateTime>("modifiedAt").IsRequired();
        entity.Property<string>("modifiedBy");
        entity.HasKey("id");
    }

    private static void ConfigureContact(EntityTypeBuilder<Contact> entity)
    {
        entity.ToTable("contacts");
        entity.Ignore(row => row.Id);
        entity.Ignore(row => row.OrganizationId);
        entity.Ignore(row => row.CompanyId);
        entity.Ignore(row => row.AccountManagerId);
        entity.Ignore(row => row.FirstName);
        entity.Ignore(row => row.LastName);
        entity.Ignore(row => row.Email);
        entity.Ignore(row => row.Phone);
        entity.Ignore(row => row.Status);
        entity.Ignore(row => row.CreatedAt);
        entity.Ignore(row => row.CreatedBy);
        entity.Ignore(row => row.ModifiedAt);
        entity.Ignore(row => row.ModifiedBy);
        entity.Ignore(row => row.DeletedAt);
        entity.Ignore(row => row.DeletedBy);
        entity.Property<Guid>("id").IsRequired().ValueGeneratedNever();
        entity.Property<Guid>("organizationId").IsRequired();
        entity.Property<Guid?>("companyId");
        entity.Property<string>("accountManagerId");
        entity.Property<string>("firstName").IsRequired().HasMaxLength(100);
        entity.Property<string>("lastName").IsRequired().HasMaxLength(100);
        entity.Property<string>("email").HasMaxLength(320);
        entity.Property<string>("phone").HasMaxLength(32);
        entity.Property<string>("status").IsRequired();
        entity.Property<DateTime>("createdAt").IsRequired();
        entity.Property<string>("createdBy");
        entity.Property<DateTime>("modifiedAt").IsRequired();
        entity.Property<string>("modifiedBy");
        entity.Property<DateTime?>("deletedAt");
        entity.Property<string>("deletedBy");
        entity.HasKey("id");
        entity.HasIndex("organizationId", "email").IsUnique().HasDatabaseName("ux_contacts_email");
    }

    private static void ConfigureDeal(EntityTypeBuilder<Deal> entity)
    {
        entity.ToTable("deals");
        entity.Ignore(row => row.Id);
        entity.Ignore(row => row.OrganizationId);
        entity.Ignore(row => row.ContactId);
        entity.Ignore(row => row.Title);
        entity.Ignore(row => row.Amount);
        entity.Ignore(row => row.Stage);
        entity.Ignore(row => row.CreatedAt);
        entity.Ignore(row => row.CreatedBy);
        entity.Ignore(row => row.ModifiedAt);
        entity.Ignore(row => row.ModifiedBy);
        entity.Property<Guid>("id").IsRequired().ValueGeneratedNever();
        entity.Property<Guid>("organizationId").IsRequired();
        entity.Property<Guid>("contactId").IsRequired();
        entity.Property<string>("title").IsRequired().HasMaxLength(200);
        entity.Property<double>("amount").IsRequired();
        entity.Property<string>("stage").IsRequired();
        entity.Property<DateTime>("createdAt").IsRequired();
        entity.Property<string>("createdBy");
        entity.Property<DateTime>("modifiedAt").IsRequired();
        entity.Property<string>("modifiedBy");
        entity.HasKey("id");
    }

    private static void ConfigureNote(EntityTypeBuilder<Note> entity)
    {
        entity.ToTable("notes");
        entity.Ignore(row => row.Id);
        entity.Ignore(row => row.OrganizationId);
        entity.Ignore(row => row.OwnerId);
        entity.Ignore(row => row.DealId);
        entity.Ignore(row => row.Body);
        entity.Ignore(row => row.CreatedAt);
        entity.Ignore(row => row.CreatedBy);
        entity.Ignore(row => row.ModifiedAt);
        entity.Ignore(row => row.ModifiedBy);
        entity.Ignore(row => row.DeletedAt);
        entity.Ignore(row => row.DeletedBy);
        entity.Property<Guid>("id").IsRequired().ValueGeneratedNever();
        entity.Property<Guid>("organizationId").IsRequired();
        entity.Property<string>("ownerId").IsRequired();
        entity.Property<Guid>("dealId").IsRequired();
        entity.Property<string>("body").IsRequired().HasMaxLength(10000);
        entity.Property<DateTime>("createdAt").IsRequired();
        entity.Property<string>("createdBy");
        entity.Property<DateTime>("modifiedAt").IsRequired();
        entity.Property<string>("modifiedBy");
        entity.Property<DateTime?>("deletedAt");
        entity.Property<string>("deletedBy");
        entity.HasKey("id");
    }

    private static object? CompanyValue(Company row, string column) => column switch
    {
        "id" => row.Id,
        "organizationId" => row.OrganizationId,
        "name" => row.Name,
        "domain" => row.Domain,
        "website" => row.Website,
        "createdAt" => row.CreatedAt,
        "createdBy" => row.CreatedBy,
        "modifiedAt" => row.ModifiedAt,
        "modifiedBy" => row.ModifiedBy,
        _ => throw UnknownColumn("companies", column),
    };

    private static void SetCompanyValue(Company row, string column, object? value)
    {
        switch (column)
        {
            case "id":
                row.Id = Required<Guid>(value, "companies", "id");
                break;
            case "organizationId":
                row.OrganizationId = Required<Guid>(value, "companies", "organizationId");
                break;
            case "name":
                row.Name = (string)value!;
                break;
            case "domain":
                row.Domain = (string?)value;
                break;
            case "website":
                row.Website = (string?)value;
                break;
            case "createdAt":
                row.CreatedAt = Required<DateTime>(value, "companies", "createdAt");
                break;
            case "createdBy":
                row.CreatedBy = (string?)value;
                break;
            case "modifiedAt":
                row.ModifiedAt = Required<DateTime>(value, "companies", "modifiedAt");
                break;
            case "modifiedBy":
                row.ModifiedBy = (string?)value;
                break;
            default:
                throw UnknownColumn("companies", column);
        }
    }

    private static object? ContactValue(Contact row, string column) => column switch
    {
        "id" => row.Id,
        "organizationId" => row.OrganizationId,
        "companyId" => row.CompanyId,
        "accountManagerId" => row.AccountManagerId,
        "firstName" => row.FirstName,
        "lastName" => row.LastName,
        "email" => row.Email,
        "phone" => row.Phone,
        "status" => row.Status,
        "createdAt" => row.CreatedAt,
        "createdBy" => row.CreatedBy,
        "modifiedAt" => row.ModifiedAt,
        "modifiedBy" => row.ModifiedBy,
        "deletedAt" => row.DeletedAt,
        "deletedBy" => row.DeletedBy,
        _ => throw UnknownColumn("contacts", column),
    };

    private static void SetContactValue(Contact row, string column, object? value)
    {
        switch (column)
        {
            case "id":
                row.Id = Required<Guid>(value, "contacts", "id");
                break;
            case "organizationId":
                row.OrganizationId = Required<Guid>(value, "contacts", "organizationId");
                break;
            case "companyId":
                row.CompanyId = (Guid?)value;
                break;
            case "accountManagerId":
                row.AccountManagerId = (string?)value;
                break;
            case "firstName":
                row.FirstName = (string)value!;
                break;
            case "lastName":
                row.LastName = (string)value!;
                break;
            case "email":
                row.Email = (string?)value;
                break;
            case "phone":
                row.Phone = (string?)value;
                break;
            case "status":
                row.Status = (string)value!;
                break;
            case "createdAt":
                row.CreatedAt = Required<DateTime>(value, "contacts", "createdAt");
                break;
            case "createdBy":
                row.CreatedBy = (string?)value;
                break;
            case "modifiedAt":
                row.ModifiedAt = Required<DateTime>(value, "contacts", "modifiedAt");
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
                throw UnknownColumn("contacts", column);
        }
    }

    private static object? DealValue(Deal row, string column) => column switch
    {
        "id" => row.Id,
        "organizationId" => row.OrganizationId,
        "contactId" => row.ContactId,
        "title" => row.Title,
        "amount" => row.Amount,
        "stage" => row.Stage,
        "createdAt" => row.CreatedAt,
        "createdBy" => row.CreatedBy,
        "modifiedAt" => row.ModifiedAt,
        "modifiedBy" => row.ModifiedBy,
        _ => throw UnknownColumn("deals", column),
    };

    private static void SetDealValue(Deal row, string column, object? value)
    {
        switch (column)
        {
            case "id":
                row.Id = Required<Guid>(value, "deals", "id");
                break;
            case "organizationId":
                row.OrganizationId = Required<Guid>(value, "deals", "organizationId");
                break;
            case "contactId":
                row.ContactId = Required<Guid>(value, "deals", "contactId");
                break;
            case "title":
                row.Title = (string)value!;
                break;
            case "amount":
                row.Amount = Required<double>(value, "deals", "amount");
                break;
            case "stage":
                row.Stage = (string)value!;
                break;
            case "createdAt":
                row.CreatedAt = Required<DateTime>(value, "deals", "createdAt");
                break;
            case "createdBy":
                row.CreatedBy = (string?)value;
                break;
            case "modifiedAt":
                row.ModifiedAt = Required<DateTime>(value, "deals", "modifiedAt");
                break;
            case "modifiedBy":
                row.ModifiedBy = (string?)value;
                break;
            default:
                throw UnknownColumn("deals", column);
        }
    }

    private static object? NoteValue(Note row, string column) => column switch
    {
        "id" => row.Id,
        "organizationId" => row.OrganizationId,
        "ownerId" => row.OwnerId,
        "dealId" => row.DealId,
        "body" => row.Body,
        "createdAt" => row.CreatedAt,
        "createdBy" => row.CreatedBy,
        "modifiedAt" => row.ModifiedAt,
        "modifiedBy" => row.ModifiedBy,
        "deletedAt" => row.DeletedAt,
        "deletedBy" => row.DeletedBy,
        _ => throw UnknownColumn("notes", column),
    };

    private static void SetNoteValue(Note row, string column, object? value)
    {
        switch (column)
        {
            case "id":
                row.Id = Required<Guid>(value, "notes", "id");
                break;
            case "organizationId":
                row.OrganizationId = Required<Guid>(value, "notes", "organizationId");
                break;
            case "ownerId":
                row.OwnerId = (string)value!;
                break;
            case "dealId":
                row.DealId = Required<Guid>(value, "notes", "dealId");
                break;
            case "body":
                row.Body = (string)value!;
                break;
            case "createdAt":
                row.CreatedAt = Required<DateTime>(value, "notes", "createdAt");
                break;
            case "createdBy":
                row.CreatedBy = (string?)value;
                break;
            case "modifiedAt":
                row.ModifiedAt = Required<DateTime>(value, "notes", "modifiedAt");
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
                throw UnknownColumn("notes", column);
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
