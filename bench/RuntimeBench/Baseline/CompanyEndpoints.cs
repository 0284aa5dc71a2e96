using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.RuntimeBench.Baseline;

/// <summary>
/// GET /companies/{id}, GET /companies?limit=, POST /companies: the CRM sample's rules for companies written
/// by hand (organization scoping in SQL, viewer+ reads, sales+ creates, the createable fields only, lengths
/// and the url format checked).
/// </summary>
public static class CompanyEndpoints
{
    private static readonly HashSet<string> Readers = ["viewer", "sales", "manager", "admin"];
    private static readonly HashSet<string> Creators = ["sales", "manager", "admin"];

    public static RouteGroupBuilder MapCompanies(this RouteGroupBuilder api)
    {
        var companies = api.MapGroup("/companies");
        companies.MapGet("/{id}", GetAsync);
        companies.MapGet("", ListAsync);
        companies.MapPost("", CreateAsync);
        return api;
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, BaselineDbContext database)
    {
        var caller = BaselineCaller.Of(context)!;
        if (!Readers.Contains(caller.Role))
        {
            return Results.Json(new { error = "Forbidden" }, statusCode: 403);
        }

        if (!Guid.TryParse(id, out var key))
        {
            return Results.NotFound();
        }

        var company = await database.Companies.AsNoTracking()
            .FirstOrDefaultAsync(c => c.OrganizationId == caller.OrganizationId && c.Id == key, context.RequestAborted);
        return company is null ? Results.NotFound() : Results.Ok(company);
    }

    private static async Task<IResult> ListAsync(HttpContext context, BaselineDbContext database, int? limit)
    {
        var caller = BaselineCaller.Of(context)!;
        if (!Readers.Contains(caller.Role))
        {
            return Results.Json(new { error = "Forbidden" }, statusCode: 403);
        }

        var pageSize = limit ?? 50;
        if (pageSize is < 1 or > 100)
        {
            return Results.BadRequest(new { error = "limit must be from 1 to 100" });
        }

        // One row more than the page says whether another page follows, without a COUNT.
        var rows = await database.Companies.AsNoTracking()
            .Where(c => c.OrganizationId == caller.OrganizationId)
            .OrderBy(c => c.Id)
            .Take(pageSize + 1)
            .ToListAsync(context.RequestAborted);
        var page = rows.Count > pageSize ? rows.GetRange(0, pageSize) : rows;
        return Results.Ok(new
        {
            data = page,
            pagination = new { count = page.Count, page = 1, pageSize, hasMore = rows.Count > pageSize },
        });
    }

    private static async Task<IResult> CreateAsync(CompanyInput input, HttpContext context, BaselineDbContext database)
    {
        var caller = BaselineCaller.Of(context)!;
        if (!Creators.Contains(caller.Role))
        {
            return Results.Json(new { error = "Forbidden" }, statusCode: 403);
        }

        var errors = new Dictionary<string, string>();
        if (string.IsNullOrEmpty(input.Name))
        {
            errors["name"] = "is required";
        }
        else if (input.Name.Length > 200)
        {
            errors["name"] = "must be at most 200 characters long";
        }

        if (input.Domain is { Length: > 253 })
        {
            errors["domain"] = "must be at most 253 characters long";
        }

        if (input.Website is not null && !(Uri.TryCreate(input.Website, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
        {
            errors["website"] = "must be an http or https URL";
        }

        if (errors.Count > 0)
        {
            return Results.BadRequest(new { error = "Validation failed", errors });
        }

        var now = DateTime.UtcNow;
        var company = new Company
        {
            Id = Guid.NewGuid(),
            OrganizationId = caller.OrganizationId,
            Name = input.Name!,
            Domain = input.Domain,
            Website = input.Website,
            CreatedAt = now,
            CreatedBy = caller.UserId,
            ModifiedAt = now,
            ModifiedBy = caller.UserId,
        };
        database.Companies.Add(company);
        await database.SaveChangesAsync(context.RequestAborted);
        return Results.Created($"{context.Request.PathBase}{context.Request.Path}/{company.Id}", company);
    }
}
