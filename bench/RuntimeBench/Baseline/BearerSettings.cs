using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ApiStudio.RuntimeBench.Baseline;

/// <summary>The baseline's token check, set up once: the handler and the validation parameters the runtime's tokens pass.</summary>
public sealed class BearerSettings
{
    public BearerSettings(string signingKey, string issuer)
    {
        Parameters = new TokenValidationParameters
        {
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidIssuer = issuer,
            ValidAudience = issuer,
            ValidateLifetime = true,
            RequireExpirationTime = true,
        };
    }

    public JsonWebTokenHandler Handler { get; } = new();

    public TokenValidationParameters Parameters { get; }
}
