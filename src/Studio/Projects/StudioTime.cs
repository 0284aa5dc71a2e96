using System.Globalization;

namespace ApiStudio.Studio.Projects;

/// <summary>How the Studio writes stored times: UTC, since the server does not know the browser's time zone.</summary>
public static class StudioTime
{
    public static string Format(DateTime utc) =>
        utc.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
