using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Authentication;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Database;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Endpoints;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Guards;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Input;
using ApiStudio.Runtime.Operations;
using ApiStudio.Runtime.Querying;
using ApiStudio.Runtime.Tracing;
using ApiStudio.RuntimeBench.Baseline;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ApiStudio.RuntimeBench;

/// <summary>
/// Where a request's time goes: the runtime's pipeline stages called in a loop in process (no HTTP, no
/// load), each next to what the hand-written baseline does for the same step. Each figure is the median
/// of 15 batches of 100 calls after a warm-up, with the bytes allocated per call (which, unlike time,
/// does not move with the machine's load).
/// </summary>
public static class StageProfile
{
    private const int Batches = 15;
    private const int PerBatch = 100;

    public static async Task RunAsync(RuntimeServer runtime, SignedInUser user, Guid[] ids, BaselineServer baseline)
    {
        var services = runtime.App.Services;
        var table = runtime.Definition.FindTable("companies")!;
        var tokens = services.GetRequiredService<AccessTokens>();
        var bearer = baseline.Services.GetRequiredService<BearerSettings>();
        var organization = Guid.Parse(user.OrganizationId);
        var caller = new CallerIdentity { Kind = CallerKind.User, UserId = user.UserId, ActiveOrgId = user.OrganizationId, Roles = [user.Role] };
        var listQuery = new ParsedQuery("?limit=50");
        var body = Encoding.UTF8.GetBytes("""{"name":"Stage company","domain":"stage.example","website":"https://stage.example"}""");

        // One long-lived request scope per server for the stages that do not create their own.
        using var runtimeScope = services.CreateScope();
        using var baselineScope = baseline.Services.CreateScope();
        var baselineDb = baselineScope.ServiceProvider.GetRequiredService<BaselineDbContext>();
        TableRequest Request(IServiceProvider provider, string query = "")
        {
            var context = new DefaultHttpContext { RequestServices = provider };
            context.Request.QueryString = new QueryString(query);
            context.SetCaller(caller);
            return new TableRequest(context, table);
        }

        var request = Request(runtimeScope.ServiceProvider);
        var scope = RecordAccess.Enter(request, "get", table.Access.Get, request.AccessPath(CrudOperation.Get));
        var row = (await request.Store.FindAsync(ids[0], scope, default))!;
        var listRequest = ListRequestParser.Parse(listQuery.Query, table);
        var page = await ListPageQuery.RunAsync(request, scope, listRequest, null);
        var typedRows = await baselineDb.Companies.AsNoTracking().Where(c => c.OrganizationId == organization).OrderBy(c => c.Id).Take(51).ToListAsync();

        var stages = new List<(string Stage, Func<int, Task>? Runtime, Func<int, Task>? Baseline)>
        {
            ("JWT validation", _ => tokens.CheckAsync(user.AccessToken),
                _ => bearer.Handler.ValidateTokenAsync(user.AccessToken, bearer.Parameters)),
            ("caller: JWT + session + membership reads, new scope and DbContext", async _ =>
            {
                using var s = services.CreateScope();
                var context = new DefaultHttpContext { RequestServices = s.ServiceProvider };
                context.Request.Headers.Authorization = "Bearer " + user.AccessToken;
                await s.ServiceProvider.GetRequiredService<CallerResolver>().ResolveAsync(context);
            }, async _ =>
            {
                using var s = baseline.Services.CreateScope();
                var db = s.ServiceProvider.GetRequiredService<BaselineDbContext>();
                var result = await bearer.Handler.ValidateTokenAsync(user.AccessToken, bearer.Parameters);
                var chain = (string)result.Claims["sid"];
                var now = DateTime.UtcNow;
                await db.Sessions.AsNoTracking().AnyAsync(x => x.ChainId == chain && x.RevokedAt == null && x.UsedAt == null && x.ExpiresAt > now);
                await db.Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.UserId == user.UserId && m.OrganizationId == user.OrganizationId);
            }),
            ("new TableRequest (TableStore.For, table metadata, table index)", _ =>
            {
                Request(runtimeScope.ServiceProvider);
                return Task.CompletedTask;
            }, null),
            ("firewall scope + role check (RecordAccess.Enter)", _ =>
            {
                RecordAccess.Enter(request, "get", table.Access.Get, request.AccessPath(CrudOperation.Get));
                return Task.CompletedTask;
            }, null),
            ("read one row by id", i => request.Store.FindAsync(ids[i % ids.Length], scope, default),
                i => baselineDb.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.OrganizationId == organization && c.Id == ids[i % ids.Length])),
            ("render one row (RecordOutput.Write: masking + Utf8JsonWriter)", _ =>
            {
                using var buffer = new PooledBody();
                using var writer = new Utf8JsonWriter(buffer);
                RecordOutput.Write(writer, request, row, request.Store.Columns, traceMasking: true);
                return Task.CompletedTask;
            }, null),
            ("write one row (JSON + SHA-256 ETag, sent to a null stream) / STJ serialize", _ =>
                JsonResponse.Ok(request.Http, RecordOutput.Body(request, row), withETag: true).ExecuteAsync(request.Http), _ =>
            {
                JsonSerializer.SerializeToUtf8Bytes(typedRows[0], JsonSerializerOptions.Web);
                return Task.CompletedTask;
            }),
            ("parse list query (ListRequestParser + MaskedQueryCheck)", _ =>
            {
                var parsed = ListRequestParser.Parse(listQuery.Query, table);
                MaskedQueryCheck.Require(runtime.Definition, table, caller, parsed);
                return Task.CompletedTask;
            }, null),
            ("read 51 rows (ListPageQuery)", _ => ListPageQuery.RunAsync(request, scope, listRequest, null),
                _ => baselineDb.Companies.AsNoTracking().Where(c => c.OrganizationId == organization).OrderBy(c => c.Id).Take(51).ToListAsync()),
            ("render 50 rows (RecordOutput.WriteAll)", _ =>
            {
                using var buffer = new PooledBody();
                using var writer = new Utf8JsonWriter(buffer);
                RecordOutput.WriteAll(writer, request, page.Rows, listRequest.ResponseColumns(table));
                return Task.CompletedTask;
            }, null),
            ("write page of 50 (JSON + ETag, sent to a null stream) / STJ serialize", _ =>
                JsonResponse.Ok(request.Http, writer =>
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName("data");
                    RecordOutput.WriteAll(writer, request, page.Rows, listRequest.ResponseColumns(table));
                    writer.WritePropertyName("pagination");
                    PaginationJson.Write(writer, page.Pagination);
                    writer.WriteEndObject();
                }, withETag: true).ExecuteAsync(request.Http), _ =>
            {
                JsonSerializer.SerializeToUtf8Bytes(new { data = typedRows.GetRange(0, 50), pagination = new { count = 50, page = 1, pageSize = 50, hasMore = true } },
                    JsonSerializerOptions.Web);
                return Task.CompletedTask;
            }),
            ("create body: parse + guards + validation + values", _ =>
            {
                var fields = RequestBodyReader.ParseObject(body);
                var guarded = GuardCheck.Apply(table, WriteKind.Create, fields, request.Trace);
                var values = InputValidation.Validate(table, WriteKind.Create, guarded, request.Trace);
                RecordValues.ForCreate(table, scope, caller, values, DateTime.UtcNow);
                return Task.CompletedTask;
            }, _ =>
            {
                JsonSerializer.Deserialize<CompanyInput>(body, JsonSerializerOptions.Web);
                return Task.CompletedTask;
            }),
            ("insert one row (new scope and DbContext, SaveChanges)", async _ =>
            {
                using var s = services.CreateScope();
                var insert = Request(s.ServiceProvider);
                var values = RecordValues.ForCreate(table, scope, caller, new Dictionary<string, object?> { ["name"] = "Stage company" }, DateTime.UtcNow);
                insert.Store.NewEntity(values);
                await insert.Store.Database.SaveChangesAsync();
            }, async _ =>
            {
                using var s = baseline.Services.CreateScope();
                var db = s.ServiceProvider.GetRequiredService<BaselineDbContext>();
                var now = DateTime.UtcNow;
                db.Companies.Add(new Company { Id = Guid.NewGuid(), OrganizationId = organization, Name = "Stage company", CreatedAt = now, ModifiedAt = now, CreatedBy = user.UserId, ModifiedBy = user.UserId });
                await db.SaveChangesAsync();
            }),
        };

        Console.WriteLine("Pipeline stages in process (median of 15 x 100 calls; KB allocated per call):");
        Console.WriteLine();
        Console.WriteLine("| stage | runtime | runtime alloc | baseline | baseline alloc |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (stage, runtimeStage, baselineStage) in stages)
        {
            (double Micros, double Kilobytes)? r = runtimeStage is null ? null : await MeasureAsync(runtimeStage);
            (double Micros, double Kilobytes)? b = baselineStage is null ? null : await MeasureAsync(baselineStage);
            Console.WriteLine($"| {stage} | {Show(r?.Micros, "us")} | {Show(r?.Kilobytes, "KB")} | {Show(b?.Micros, "us")} | {Show(b?.Kilobytes, "KB")} |");
        }
    }

    private static string Show(double? value, string unit) => value is { } v ? $"{v:0.0} {unit}" : "";

    private static async Task<(double Micros, double Kilobytes)> MeasureAsync(Func<int, Task> stage)
    {
        var n = 0;
        for (var i = 0; i < 2 * PerBatch; i++)
        {
            await stage(n++);
        }

        var micros = new double[Batches];
        long allocated = 0;
        for (var b = 0; b < Batches; b++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < PerBatch; i++)
            {
                await stage(n++);
            }

            micros[b] = Stopwatch.GetElapsedTime(started).TotalMicroseconds / PerBatch;
            allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
        }

        Array.Sort(micros);
        return (micros[Batches / 2], allocated / 1024.0 / (Batches * PerBatch));
    }

    /// <summary>A query string parsed the way ASP.NET Core parses it, without a request.</summary>
    private sealed class ParsedQuery(string query)
    {
        public IQueryCollection Query { get; } = new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query));
    }
}
