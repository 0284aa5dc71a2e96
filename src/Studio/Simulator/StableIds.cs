using System.Security.Cryptography;
using System.Text;

namespace ApiStudio.Studio.Simulator;

/// <summary>
/// Ids derived from a name, so a rebuilt sandbox has the same organizations, users and rows and a request
/// from the history can be sent again after the design changed.
/// </summary>
public static class StableIds
{
    public static Guid For(string name) => new(SHA256.HashData(Encoding.UTF8.GetBytes("api-studio-sandbox:" + name)).AsSpan(0, 16));
}
