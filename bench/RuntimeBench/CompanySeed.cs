using ApiStudio.RuntimeBench.Baseline;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.RuntimeBench;

/// <summary>Fills <c>companies</c> for one organization through EF Core, so values are stored exactly as both servers write them.</summary>
public static class CompanySeed
{
    public static async Task<Guid[]> InsertAsync(string databaseFile, SignedInUser owner, int rows)
    {
        var options = new DbContextOptionsBuilder<BaselineDbContext>().UseSqlite(BenchFolder.ConnectionString(databaseFile)).Options;
        await using var database = new BaselineDbContext(options);
        var organization = Guid.Parse(owner.OrganizationId);
        var now = DateTime.UtcNow;
        var companies = Enumerable.Range(1, rows).Select(i => new Company
        {
            Id = Guid.NewGuid(),
            OrganizationId = organization,
            Name = $"Company {i:0000}",
            Domain = $"company{i}.example",
            Website = $"https://company{i}.example",
            CreatedAt = now,
            CreatedBy = owner.UserId,
            ModifiedAt = now,
            ModifiedBy = owner.UserId,
        }).ToList();
        database.Companies.AddRange(companies);
        await database.SaveChangesAsync();
        return companies.Select(c => c.Id).ToArray();
    }
}
