namespace SearchPortal.Web.Tests.Fixtures;

/// <summary>
/// A fact that needs Debian's Chromium at <see cref="ExecutablePath"/>. Without it the test is skipped with
/// the reason, except under <c>CI=true</c>, where it runs and fails: CI must never pass by skipping.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath) && !IsCi)
        {
            Skip = $"Chromium not found at {ExecutablePath} (apt-get install -y chromium); browser tests run only with it, and always under CI=true.";
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
