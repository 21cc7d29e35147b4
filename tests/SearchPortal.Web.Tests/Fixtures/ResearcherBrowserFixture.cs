namespace SearchPortal.Web.Tests.Fixtures;

/// <summary>The portal of <see cref="BrowserFixture"/> over <see cref="ResearcherCorpus"/>, with Chromium.</summary>
public sealed class ResearcherBrowserFixture : BrowserFixture
{
    protected override IReadOnlyDictionary<string, string> ExtraSettings => ResearcherCorpus.Settings;
}
