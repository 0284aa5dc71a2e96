using System.Text;
using ApiStudio.Runtime.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ApiStudio.Runtime.Authentication;

/// <summary>
/// Issues and checks the short-lived bearer access tokens: JWTs signed with HMAC-SHA256 and
/// <see cref="RuntimeOptions.SigningKey"/>. Lifetime is checked against <see cref="RuntimeOptions.Clock"/>
/// rather than by the handler, so the simulator and tests can move time.
/// </summary>
public sealed class AccessTokens
{
    public const string SessionClaim = "sid";
    public const string OrganizationClaim = "org";
    private const int MinimumKeyBytes = 32;

    private readonly RuntimeOptions options;
    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SymmetricSecurityKey key;
    private readonly string issuer;
    private readonly TokenValidationParameters validation;

    public AccessTokens(RuntimeOptions options)
    {
        this.options = options;
        var keyBytes = Encoding.UTF8.GetBytes(options.SigningKey ?? "");
        if (keyBytes.Length < MinimumKeyBytes)
        {
            throw new InvalidOperationException(
                $"RuntimeOptions.SigningKey must be at least {MinimumKeyBytes} bytes for HMAC-SHA256; it is {keyBytes.Length}.");
        }

        key = new SymmetricSecurityKey(keyBytes);
        issuer = "api-studio:" + options.Definition.Project.Name;
        validation = new TokenValidationParameters
        {
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidIssuer = issuer,
            ValidAudience = issuer,
            ValidateLifetime = false,
            RequireExpirationTime = true,
        };
    }

    public TimeSpan Lifetime => TimeSpan.FromMinutes(options.Definition.Project.AccessTokenLifetimeMinutes);

    public string Issue(AccessTokenClaims claims)
    {
        var now = options.Clock.GetUtcNow().UtcDateTime;
        var payload = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = claims.UserId,
            [SessionClaim] = claims.ChainId,
        };
        if (claims.Email is not null)
        {
            payload[JwtRegisteredClaimNames.Email] = claims.Email;
        }

        if (claims.OrganizationId is not null)
        {
            payload[OrganizationClaim] = claims.OrganizationId;
        }

        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = issuer,
            Claims = payload,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    public async Task<AccessTokenCheck> CheckAsync(string token)
    {
        if (!handler.CanReadToken(token))
        {
            return AccessTokenCheck.Invalid("the bearer token is neither a JWT nor a pk_/sk_ API key");
        }

        var result = await handler.ValidateTokenAsync(token, validation);
        if (!result.IsValid)
        {
            return AccessTokenCheck.Invalid(Describe(result.Exception));
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        var now = options.Clock.GetUtcNow().UtcDateTime;
        if (jwt.ValidTo <= now)
        {
            return AccessTokenCheck.HasExpired();
        }

        if (jwt.ValidFrom > now)
        {
            return AccessTokenCheck.Invalid("the access token is not valid yet");
        }

        if (!jwt.TryGetPayloadValue<string>(JwtRegisteredClaimNames.Sub, out var userId) || string.IsNullOrEmpty(userId)
            || !jwt.TryGetPayloadValue<string>(SessionClaim, out var chainId) || string.IsNullOrEmpty(chainId))
        {
            return AccessTokenCheck.Invalid("the access token lacks its subject or session claim");
        }

        jwt.TryGetPayloadValue<string>(JwtRegisteredClaimNames.Email, out var email);
        jwt.TryGetPayloadValue<string>(OrganizationClaim, out var organizationId);
        return AccessTokenCheck.Valid(new AccessTokenClaims(userId, email, chainId, organizationId));
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException =>
            "the access token's signature does not match this API's signing key",
        SecurityTokenInvalidAlgorithmException => "the access token is not signed with HS256",
        SecurityTokenInvalidIssuerException or SecurityTokenInvalidAudienceException => "the access token was issued for another API",
        SecurityTokenNoExpirationException => "the access token has no expiry",
        SecurityTokenMalformedException or ArgumentException => "the access token is malformed",
        _ => "the access token could not be validated",
    };
}
