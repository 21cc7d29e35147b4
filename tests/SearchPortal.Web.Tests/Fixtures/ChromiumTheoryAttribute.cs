namespace SearchPortal.Web.Tests.Fixtures;

/// <summary>A theory that needs Debian's Chromium; skipped without it, except under <c>CI=true</c> (see <see cref="ChromiumFactAttribute"/>).</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!File.Exists(ChromiumFactAttribute.ExecutablePath) && !ChromiumFactAttribute.IsCi)
        {
            Skip = $"Chromium not found at {ChromiumFactAttribute.ExecutablePath} (apt-get install -y chromium); browser tests run only with it, and always under CI=true.";
        }
    }
}
