using System.Globalization;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>The headers every 429 must carry: Retry-After, X-RateLimit-Limit and X-RateLimit-Remaining.</summary>
public static class RateLimitHeaders
{
    /// <summary>Checks the headers of a 429 and returns its Retry-After in seconds.</summary>
    public static int Assert(ContractResponse response, int limit)
    {
        Xunit.Assert.True(response.Status == 429, $"Expected 429, got {response.Status}: {response.Text}");
        var retryAfterText = response.Header("Retry-After");
        Xunit.Assert.False(retryAfterText is null, "A 429 without Retry-After");
        var retryAfter = int.Parse(retryAfterText!, NumberStyles.None, CultureInfo.InvariantCulture);
        Xunit.Assert.InRange(retryAfter, 1, 60);
        Xunit.Assert.Equal(limit.ToString(CultureInfo.InvariantCulture), response.Header("X-RateLimit-Limit"));
        Xunit.Assert.Equal("0", response.Header("X-RateLimit-Remaining"));
        return retryAfter;
    }
}
