using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ApiStudio.Export.E2E;

/// <summary>
/// Access tokens as the API itself signs them (HS256 with its key, issuer and audience <c>api-studio:{project}</c>)
/// but already expired: waiting out a real token's 15 minutes is no test.
/// </summary>
public static class ExpiredTokens
{
    public static string For(string signingKey, string projectName, string userId)
    {
        var issuer = "api-studio:" + projectName;
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = issuer,
            Claims = new Dictionary<string, object> { [JwtRegisteredClaimNames.Sub] = userId, ["sid"] = Guid.NewGuid().ToString() },
            IssuedAt = now.AddHours(-2),
            NotBefore = now.AddHours(-2),
            Expires = now.AddHours(-1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
