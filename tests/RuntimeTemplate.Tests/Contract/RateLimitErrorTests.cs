using System.Globalization;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>Layer 2: RATE_LIMITED from a table's own tiny read limit.</summary>
public abstract class RateLimitErrorTests(ContractApis apis) : ContractTests(apis)
{
    [Theory, ClassData(typeof(AllDialects))]
    public async Task Read_beyond_the_table_limit_returns_429_RATE_LIMITED_with_Retry_After_and_X_RateLimit_headers(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var address = api.NewClientAddress();
        for (var read = 0; read < ContractDefinition.PingReadLimit; read++)
        {
            await Expect.StatusAsync(await ReadPingsAsync(api, address), 200);
        }

        var response = await ContractResponse.ReadAsync(await ReadPingsAsync(api, address));

        var retryAfter = RateLimitHeaders.Assert(response, ContractDefinition.PingReadLimit);
        ErrorContract.Assert(response, dialect,
            new ExpectedError(429, "rateLimit", "RATE_LIMITED", "Too many requests", "data/rate-limit-exceeded")
            {
                Details = new JsonObject { ["limit"] = ContractDefinition.PingReadLimit, ["kind"] = "read", ["retryAfter"] = retryAfter },
                Hint = $"Wait {retryAfter.ToString(CultureInfo.InvariantCulture)} seconds before trying again",
            },
            ExpectedEcho.Get($"{api.Base}/pings?limit=5"));
    }

    /// <summary>Anonymous reads are counted per client address, so a fresh address starts a fresh window.</summary>
    private static Task<HttpResponseMessage> ReadPingsAsync(ContractApi api, string address) =>
        api.Anonymous.GetAsync("/pings?limit=5", r => r.Headers.Add(ClientAddresses.Header, address));
}

[Collection(SqliteContractApis.Collection)]
public sealed class RateLimitErrorTestsOnSqlite(SqliteContractApis apis) : RateLimitErrorTests(apis);

[Collection(PostgresContractApis.Collection)]
public sealed class RateLimitErrorTestsOnPostgres(PostgresContractApis apis) : RateLimitErrorTests(apis);
